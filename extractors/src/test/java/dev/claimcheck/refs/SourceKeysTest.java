package dev.claimcheck.refs;

import dev.claimcheck.refs.parse.ReferenceParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceKeysTest {

  @Test
  void doiThenIsbnThenNormalizedUrl() {
    assertThat(SourceKeys.of(Map.of("doi", List.of("10.1/x"), "isbn", List.of("9780306406157")), "http://a", null))
        .isEqualTo("doi:10.1/x");
    assertThat(SourceKeys.of(Map.of("isbn", List.of("9780306406157")), "http://a", null))
        .isEqualTo("isbn:9780306406157");
    assertThat(SourceKeys.of(Map.of(), null, null)).isNull();
  }

  @Test
  void oneSourceHasOneKeyHoweverItsUrlIsWritten() {
    String key = SourceKeys.normalizeUrl("https://www.Example.org/a/b/?utm_source=x&b=2&a=1#top");
    assertThat(key).isEqualTo("example.org/a/b?a=1&b=2");
    assertThat(SourceKeys.normalizeUrl("http://example.org:80/a/b?b=2&a=1&fbclid=z")).isEqualTo(key);
    assertThat(SourceKeys.normalizeUrl("https://example.org:8443/a")).isEqualTo("example.org:8443/a");
  }

  @Test
  void theSameBookCitedInTwoStylesGetsOneKey() {
    String cs1 = "Penrose, Ada (1998). Trams of the Westmere Coast. Westmere: Quayside Press. ISBN 0-306-40615-2.";
    String apa = "Penrose, A. (1998). Trams of the Westmere coast. Quayside Press. ISBN 978-0-306-40615-7";
    assertThat(ReferenceParser.work(cs1).sourceKey()).isEqualTo(ReferenceParser.work(apa).sourceKey())
        .isEqualTo("isbn:9780306406157");
  }
}
