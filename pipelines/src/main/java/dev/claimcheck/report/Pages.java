package dev.claimcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where the report's pages live and how they link to each other: {@code report.html} (the index)
 * in the output folder, every other page in its {@code report/} folder. Links are relative, so
 * the folder opens from disk wherever it is moved. A page in {@code report/} links to a sibling
 * by its bare name and to the index as {@code ../report.html}; the index prefixes
 * {@link #FOLDER}. Thread-safe.
 */
final class Pages {
  /** The folder beside the index holding every other page. */
  static final String FOLDER = "report/";
  /** The index, as a page in {@link #FOLDER} links to it. */
  static final String INDEX_FROM_FOLDER = "../report.html";
  /** How many rows a list page holds: far under 2 MB of HTML however long the rows. */
  static final int ROWS_PER_PAGE = 1000;

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  private Pages() {}

  /** The file name of a document's page: its id when that is a plain name, else a digest of it. */
  static String document(String documentId) {
    return "doc-" + plain(documentId) + ".html";
  }

  /** The link to a claim on its document's page (claim ids are the document's id, its block and its index). */
  static String claim(String claimId) {
    int last = claimId.lastIndexOf('-');
    int block = last > 0 ? claimId.lastIndexOf('-', last - 1) : -1;
    String documentId = block > 0 ? claimId.substring(0, block) : claimId;
    return document(documentId) + "#c-" + claimId;
  }

  /** The file name of page {@code page} (from 1) of the list {@code list}. */
  static String list(String list, int page) {
    return list + "-" + page + ".html";
  }

  /** A name safe in a file name and a URL: {@code name} itself when plain, else a digest of it. */
  static String plain(String name) {
    if (PLAIN.matcher(name).matches()) {
      return name;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return "x" + HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
