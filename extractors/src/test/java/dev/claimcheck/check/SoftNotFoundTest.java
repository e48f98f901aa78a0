package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Challenges and paywalls by what the page shows, not by words its scripts or articles hold. */
class SoftNotFoundTest {
  private static final String ARTICLE = "<p>" + "The council met on Tuesday and approved the depot plans. ".repeat(80) + "</p>";

  @Test
  void challengePagesAreKnownByTheirMarkupOrTheirTitle() {
    assertThat(SoftNotFound.challenge("<html><head><script>window._cf_chl_opt={}</script></head><body></body></html>")).isTrue();
    assertThat(SoftNotFound.challenge("<html><title>Attention Required! | Cloudflare</title><body>" + ARTICLE + "</body></html>")).isTrue();
    assertThat(SoftNotFound.challenge("<html><body><h1>Access denied</h1><p>You don't have permission.</p></body></html>")).isTrue();
  }

  @Test
  void aShortPageThatAsksForASubscriptionIsAWall() {
    assertThat(SoftNotFound.challenge("<html><title>Depot plans approved</title><body><p>The council met.</p>"
        + "<p>Subscribe to continue reading.</p></body></html>")).isTrue();
  }

  @Test
  void scriptsAndArticlesThatMentionTheWordsAreNotWalls() {
    // A comment form's reCAPTCHA, and an article that quotes an "access denied" message.
    assertThat(SoftNotFound.challenge("<html><head><title>Depot plans approved</title>"
        + "<script src=\"https://www.google.com/recaptcha/api.js\"></script></head><body>" + ARTICLE
        + "<form class=\"g-recaptcha\"></form></body></html>")).isFalse();
    assertThat(SoftNotFound.challenge("<html><title>Depot plans approved</title><body>" + ARTICLE
        + "<p>Staff saw an access denied message when they tried the old portal.</p>" + ARTICLE + "</body></html>")).isFalse();
  }
}
