package dev.claimcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** robots.txt groups, longest-match rules, wildcards. */
class RobotsTest {
  @Test
  void ownGroupWinsOverTheStarGroup() {
    Robots r = Robots.parse("""
        User-agent: *
        Disallow: /

        User-agent: claimcheck
        Disallow: /private/
        Allow: /private/press$
        """, "claimcheck");
    assertThat(r.allows("/news/story")).isTrue();
    assertThat(r.allows("/private/page")).isFalse();
    assertThat(r.allows("/private/press")).isTrue();
  }

  @Test
  void starGroupWildcardsAndEmptyDisallow() {
    Robots r = Robots.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search?\nAllow: /search?q=ok\n", "claimcheck");
    assertThat(r.allows("/report.pdf")).isFalse();
    assertThat(r.allows("/report.pdf?x=1")).isTrue();
    assertThat(r.allows("/search?q=x")).isFalse();
    assertThat(r.allows("/search?q=ok")).isTrue();
    assertThat(Robots.parse("User-agent: *\nDisallow:\n", "claimcheck").allows("/anything")).isTrue();
    assertThat(Robots.parse(null, "claimcheck").allows("/")).isTrue();
  }
}
