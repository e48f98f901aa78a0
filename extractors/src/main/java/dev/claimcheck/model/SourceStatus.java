package dev.claimcheck.model;

/** What checking a cited URL found. Output names are the enum names. */
public enum SourceStatus {
  /** The page answered 2xx at its own address. */
  ALIVE,
  /** The page answered 2xx at another address after redirects. */
  REDIRECTED,
  /** 404 or 410, or the host no longer exists: confirmed over several runs. */
  DEAD,
  /** Failing, but not yet over enough checks and days to call it dead. */
  SUSPECTED_DEAD,
  /** 2xx, but the page says it is not there, or the redirect ends at a generic page. */
  SOFT_404,
  /** 5xx after retries. */
  SERVER_ERROR,
  /** No answer in time. */
  TIMEOUT,
  /** 401, 403, 429, 451, a bot challenge or a paywall: the page is there but not for us. */
  BLOCKED,
  /** Not an http(s) URL, or not a URL at all. */
  INVALID_URL,
  /** Refused by claimcheck: a private, loopback, link-local or multicast address. */
  REFUSED;

  /** The name used in outputs. */
  public String outputName() {
    return name();
  }
}
