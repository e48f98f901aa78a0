package dev.claimcheck.testing;

import dev.claimcheck.analysis.ArticleAnalyzer;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Document;
import dev.claimcheck.read.text.PlainTextReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.verdict.Judge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the whole per-document path (read, analyze, judge) on text, for tests. */
public final class Articles {
  private Articles() {}

  /** The judged analysis of {@code text}. */
  public static Analysis judge(String source, String text) {
    return judge(source, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The judged analysis of the file at {@code path}. */
  public static Analysis judge(Path path) {
    try {
      return judge(path.getFileName().toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analysis judge(String source, byte[] bytes) {
    return Judge.judge(ArticleAnalyzer.analyze(read(source, bytes)));
  }

  /** The plain-text document in the file at {@code path}. */
  public static Document read(Path path) {
    try {
      return read(path.getFileName().toString(), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document read(String source, byte[] bytes) {
    return new PlainTextReader(ReadLimits.DEFAULT).read(source, bytes).value();
  }

  /** The one claim whose text starts with {@code prefix}. */
  public static Claim claim(Analysis analysis, String prefix) {
    List<Claim> found = analysis.claims().stream().filter(c -> c.text().startsWith(prefix)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " claims start with \"" + prefix + "\"; claims are: "
          + analysis.claims().stream().map(Claim::text).toList());
    }
    return found.get(0);
  }
}
