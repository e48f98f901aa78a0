package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.model.SourceCheck;
import dev.claimcheck.model.SourceStatus;
import dev.claimcheck.testing.FixtureSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every class of answer from a local site; the waits asked for are recorded, not slept. */
class HttpCheckerTest {
  private static FixtureSite site;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    site = new FixtureSite();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private HttpChecker checker(boolean allowPrivate, AddressGuard.Resolver resolver) {
    HttpChecker.Options o = new HttpChecker.Options("claimcheck-test", Duration.ofSeconds(2),
        Duration.ofMillis(800), Duration.ofSeconds(10), 5, 64 * 1024, 2, Duration.ofSeconds(5),
        Duration.ofMillis(100));
    return new HttpChecker(o, new AddressGuard(allowPrivate, resolver), Clock.systemUTC(), waits::add);
  }

  private SourceCheck check(String path) {
    return checker(true, AddressGuard.Resolver.system()).check(site.url(path), HttpChecker.Gate.OPEN, false);
  }

  /** The requests {@code path} received while {@code run} ran. */
  private static List<String> requestsTo(String path, Runnable run) {
    site.requests.clear();
    run.run();
    return site.requests.stream().filter(r -> r.endsWith(" " + path)).toList();
  }

  @Test
  void aliveDeadAndGone() {
    SourceCheck ok = check("/ok");
    assertThat(ok.status()).isEqualTo(SourceStatus.ALIVE);
    assertThat(ok.httpStatus()).isEqualTo(200);
    assertThat(ok.text()).contains("The depot opened in 1951.");
    assertThat(check("/missing").status()).isEqualTo(SourceStatus.DEAD);
    assertThat(check("/gone").status()).isEqualTo(SourceStatus.DEAD);
  }

  @Test
  void errorAddressesAndNumbersInTitlesAreReadWithCare() {
    // A real page that happens to be numbered 404 is alive; a redirect to an error page, or a
    // title that says 404 as error pages do, is a soft 404.
    assertThat(check("/reports/404.html").status()).isEqualTo(SourceStatus.ALIVE);
    SourceCheck retired = check("/retired");
    assertThat(retired.status()).isEqualTo(SourceStatus.SOFT_404);
    assertThat(retired.reason()).contains("redirected to an error page");
    assertThat(check("/titled-404").status()).isEqualTo(SourceStatus.SOFT_404);
  }

  @Test
  void redirectChainsAreFollowedAndRecordedLoopsStopped() {
    SourceCheck r = check("/r1");
    assertThat(r.status()).isEqualTo(SourceStatus.REDIRECTED);
    assertThat(r.redirects()).containsExactly(site.url("/r2"), site.url("/r3"), site.url("/ok"));
    assertThat(r.finalUrl()).isEqualTo(site.url("/ok"));
    SourceCheck loop = check("/loop-a");
    assertThat(loop.status()).isEqualTo(SourceStatus.DEAD);
    assertThat(loop.reason()).contains("redirect loop");
  }

  @Test
  void softNotFoundByTextAndByRedirectToTheRoot() {
    assertThat(check("/soft").status()).isEqualTo(SourceStatus.SOFT_404);
    SourceCheck root = check("/old/deep/article");
    assertThat(root.status()).isEqualTo(SourceStatus.SOFT_404);
    assertThat(root.reason()).contains("root");
  }

  @Test
  void aPageIsOneGetAndAPageExpectedGoneOneHead() {
    HttpChecker c = checker(true, AddressGuard.Resolver.system());
    assertThat(requestsTo("/ok", () -> check("/ok"))).containsExactly("GET /ok");
    assertThat(requestsTo("/missing", () -> check("/missing"))).containsExactly("GET /missing");
    assertThat(requestsTo("/missing", () -> assertThat(c.check(site.url("/missing"), HttpChecker.Gate.OPEN, true).status())
        .isEqualTo(SourceStatus.DEAD))).containsExactly("HEAD /missing");
    // Back after all: HEAD is unclear about a page whose text is wanted, so GET follows.
    assertThat(requestsTo("/ok", () -> assertThat(c.check(site.url("/ok"), HttpChecker.Gate.OPEN, true).text())
        .contains("The depot opened in 1951."))).containsExactly("HEAD /ok", "GET /ok");
  }

  @Test
  void headRefusedFallsBackToGet() {
    HttpChecker c = checker(true, AddressGuard.Resolver.system());
    assertThat(requestsTo("/head-refused", () -> assertThat(c.check(site.url("/head-refused"), HttpChecker.Gate.OPEN, true)
        .status()).isEqualTo(SourceStatus.ALIVE))).containsExactly("HEAD /head-refused", "GET /head-refused");
  }

  @Test
  void serverErrorsAreRetriedWithBackOffThenReported() {
    assertThat(check("/error").status()).isEqualTo(SourceStatus.SERVER_ERROR);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void aWaitForARetryHoldsNoPermit() {
    int[] held = {0};
    List<Integer> heldWhileWaiting = new ArrayList<>();
    HttpChecker.Options o = new HttpChecker.Options("claimcheck-test", Duration.ofSeconds(2),
        Duration.ofMillis(800), Duration.ofSeconds(10), 5, 64 * 1024, 2, Duration.ofSeconds(5),
        Duration.ofMillis(100));
    HttpChecker c = new HttpChecker(o, new AddressGuard(true, AddressGuard.Resolver.system()), Clock.systemUTC(),
        d -> heldWhileWaiting.add(held[0]));
    List<String> entered = new ArrayList<>();
    HttpChecker.Gate counting = uri -> {
      entered.add(uri.getPath());
      held[0]++;
      return () -> held[0]--;
    };
    assertThat(c.check(site.url("/error"), counting, false).status()).isEqualTo(SourceStatus.SERVER_ERROR);
    assertThat(entered).containsExactly("/error", "/error", "/error"); // three tries
    assertThat(heldWhileWaiting).containsExactly(0, 0);
    assertThat(held[0]).isZero();
  }

  @Test
  void retryAfterIsHonoured() {
    SourceCheck busy = check("/busy");
    assertThat(busy.status()).isEqualTo(SourceStatus.ALIVE);
    assertThat(waits).contains(Duration.ofSeconds(3));
  }

  @Test
  void blockedIsNeverDead() {
    assertThat(check("/limited").status()).isEqualTo(SourceStatus.BLOCKED);
    assertThat(check("/forbidden").status()).isEqualTo(SourceStatus.BLOCKED);
    assertThat(requestsTo("/challenge", () -> assertThat(check("/challenge").status()).isEqualTo(SourceStatus.BLOCKED)))
        .containsExactly("GET /challenge"); // a 503 challenge is not asked again
    assertThat(waits).isEmpty();
  }

  @Test
  void slowAndHangingAnswersTimeOutAndEndlessBodiesAreCut() {
    assertThat(check("/slow").status()).isEqualTo(SourceStatus.TIMEOUT);
    assertThat(check("/hang").status()).isEqualTo(SourceStatus.TIMEOUT);
    assertThat(check("/stall-body").status()).isEqualTo(SourceStatus.TIMEOUT);
    SourceCheck endless = check("/endless");
    assertThat(endless.status()).isEqualTo(SourceStatus.ALIVE);
    assertThat(endless.text()).hasSizeLessThanOrEqualTo(64 * 1024);
  }

  @Test
  void badUrlsAreInvalidAndOtherSchemesRefused() {
    HttpChecker c = checker(true, AddressGuard.Resolver.system());
    assertThat(c.check("not a url", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.INVALID_URL);
    assertThat(c.check("/relative/path", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.INVALID_URL);
    assertThat(c.check("file:///etc/passwd", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
    assertThat(c.check("ftp://example.org/x", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
  }

  @Test
  void privateAddressesAreRefusedUnlessAllowedAlsoAfterRedirectsAndDnsTricks() throws Exception {
    HttpChecker strict = checker(false, AddressGuard.Resolver.system());
    assertThat(strict.check(site.url("/ok"), HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
    assertThat(strict.check("http://[::1]/", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
    assertThat(strict.check("http://169.254.169.254/latest/meta-data/", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
    assertThat(strict.check("http://user@198.51.100.1/", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
    // A public-looking name that resolves to a private address is refused.
    AddressGuard.Resolver tricky = host -> host.equals("innocent.example")
        ? List.of(InetAddress.getByName("10.1.2.3")) : AddressGuard.Resolver.system().resolve(host);
    assertThat(checker(false, tricky).check("http://innocent.example/", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.REFUSED);
    // Allowed to reach the fixture, a redirect from it to a private address is still refused.
    AddressGuard.Resolver fixtureOnly = host -> {
      if (host.equals("127.0.0.1")) {
        return List.of(InetAddress.getByName("93.184.216.34"));
      }
      return AddressGuard.Resolver.system().resolve(host);
    };
    SourceCheck redirected = checker(false, fixtureOnly).check(site.url("/redirect-private"), HttpChecker.Gate.OPEN, false);
    assertThat(redirected.status()).isEqualTo(SourceStatus.REFUSED);
    assertThat(redirected.redirects()).containsExactly("http://10.0.0.7/admin");
  }

  @Test
  void unknownHostsAreDead() {
    AddressGuard.Resolver none = host -> {
      throw new UnknownHostException(host);
    };
    assertThat(checker(false, none).check("http://no-such-host.invalid/", HttpChecker.Gate.OPEN, false).status()).isEqualTo(SourceStatus.DEAD);
  }

  @Test
  void addressClasses() throws Exception {
    assertThat(AddressGuard.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
    for (String a : List.of("127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.1.1",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1")) {
      assertThat(AddressGuard.isPublic(InetAddress.getByName(a))).as(a).isFalse();
    }
  }
}
