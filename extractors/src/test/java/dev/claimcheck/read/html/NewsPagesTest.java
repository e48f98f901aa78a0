package dev.claimcheck.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.read.input.ArticleReading;
import dev.claimcheck.read.input.InputFile;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.testing.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real news and blog pages of the shared corpus. Another extractor's main content
 * ({@code *.expected.html}) is the guide to the boundary: claims must come from inside it.
 */
class NewsPagesTest {
  private static final Pattern PUBLISHED = Pattern.compile("\"publishedTime\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");

  private static Path corpus(String file) {
    return SharedCorpus.root().resolve("corpus/news-html").resolve(file);
  }

  private static Analysis read(Path path) {
    var outcome = new ArticleReading(ReadLimits.DEFAULT)
        .readAll(new InputFile(path.toString(), path.getFileName().toString())).get(0);
    return ArticleAnalyzer.analyze(outcome.value());
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"aclu", "bbc-1", "lwn-1", "v8-blog"})
  void claimsComeFromTheMainContent(String name) throws IOException {
    Analysis a = read(corpus("readability-" + name + ".source.html"));
    String expected = letters(Jsoup.parse(Files.readString(corpus("readability-" + name + ".expected.html"))).text());
    List<Claim> claims = a.claims();
    List<String> outside = claims.stream().map(Claim::text)
        .filter(t -> !expected.contains(letters(t).substring(0, Math.min(40, letters(t).length()))))
        .toList();
    assertThat(claims).hasSizeGreaterThan(20);
    assertThat(outside.size()).as("claims outside the main content: %s", outside)
        .isLessThanOrEqualTo(claims.size() / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aclu", "bbc-1", "lwn-1", "v8-blog"})
  void publishedDateMatchesTheExpectedMetadata(String name) throws IOException {
    Matcher m = PUBLISHED.matcher(Files.readString(corpus("readability-" + name + ".expected-metadata.json")));
    Analysis a = read(corpus("readability-" + name + ".source.html"));
    if (m.find()) {
      assertThat(a.document().published()).isEqualTo(m.group(1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aeb-16c30add-vox.html.gz", "aeb-1ee91d1f-polygraph-factcheck.html.gz"})
  void gzippedPagesAreReadTransparently(String file) {
    Analysis a = read(corpus(file));
    assertThat(a.document().format()).isEqualTo(HtmlReader.FORMAT);
    assertThat(a.claims()).isNotEmpty();
    assertThat(a.document().published()).isNotNull();
  }
}
