package dev.claimcheck.refs.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.claimcheck.model.Reference;
import dev.claimcheck.model.Span;
import dev.claimcheck.testing.RepoFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crash corpus of reference entries ({@code fixtures/bad/references/}, one entry a line:
 * 50,000-character titles, thousands of authors, years, identifiers or brackets, lone
 * punctuation, control and combining characters): every entry parses without throwing, with
 * its text kept. The bound guards against a hang; speed is measured by the benchmarks.
 */
class ReferenceCrashCorpusTest {
  static Stream<String> entries() throws IOException {
    return Files.list(RepoFixtures.root().resolve("bad/references")).sorted().flatMap(f -> {
      try {
        List<String> lines = Files.readAllLines(f);
        return IntStream.range(0, lines.size()).mapToObj(i -> f.getFileName() + ":" + (i + 1) + "\t" + lines.get(i));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void parsesWithoutThrowing(String located) {
    String entry = located.substring(located.indexOf('\t') + 1);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      Reference r = ReferenceParser.parse(entry, new Span("d", 0, entry.length()), null, "1");
      assertThat(r.text()).isNotNull();
      assertThat(ReferenceParser.work(entry)).isNotNull();
    });
  }
}
