package dev.claimcheck.read.html;

import dev.claimcheck.model.Block;
import dev.claimcheck.read.text.PlainTextLayout;
import dev.claimcheck.text.Prose;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Preformatted text that is prose, not code: a specification or a plain-text document shown
 * in {@code <pre>} (an Internet-Draft, a mailing-list post). It reads in sentences, with few of
 * the symbols code is made of; its lines set in columns (page heads and feet such as
 * {@code Tanaka  Expires September 5, 2022  [Page 1]}, front-matter tables) are layout, not
 * text. The rest is laid out as plain text is.
 */
final class PreformattedProse {
  private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}[.?!][\"'”’)]*(?:\\s|$)");
  private static final Pattern COLUMNS = Pattern.compile("(?m)^[ \\t]*\\S.*?\\S {4,}\\S.*$\\n?");
  private static final int MIN_WORDS = 40;
  private static final int MIN_SENTENCES = 3;

  private PreformattedProse() {}

  /** Whether the preformatted text is prose. */
  static boolean reads(String text) {
    if (Prose.words(text) < MIN_WORDS) {
      return false;
    }
    int sentences = 0;
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find() && sentences < MIN_SENTENCES) {
      sentences++;
    }
    if (sentences < MIN_SENTENCES) {
      return false;
    }
    long symbols = text.chars().filter(c -> "{};=<>$\\|".indexOf(c) >= 0).count();
    long codeLines = text.lines().filter(l -> l.strip().matches(".*[;{}]$")).count();
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    return symbols < text.length() / 50 && codeLines * 10 < lines;
  }

  /** The prose's blocks, laid out as plain text once its lines set in columns are taken out. */
  static List<Block> blocks(String text) {
    String prose = COLUMNS.matcher(text.replace('\f', '\n')).replaceAll("");
    return PlainTextLayout.blocks("pre", prose);
  }
}
