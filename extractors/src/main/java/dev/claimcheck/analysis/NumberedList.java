package dev.claimcheck.analysis;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Document;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a document's reference list writes before its entries ({@code 1.}, {@code [1]},
 * {@code (1)}), which numbers in parentheses in its text may cite: none when the list is not
 * numbered, or when the text writes its markers in brackets (then parentheses hold equation
 * numbers and enumerations, not citations).
 */
final class NumberedList {
  private static final Pattern WRITTEN_NUMBER = Pattern.compile("^[\\[(]?(\\d{1,3})[\\]).]?\\s");
  private static final Pattern BRACKETED = Pattern.compile("\\[\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*]");

  private NumberedList() {}

  /** The labels numbers in parentheses may cite. */
  static Set<String> parenthesizedLabels(Document document) {
    Set<String> labels = new TreeSet<>();
    String text = document.text();
    for (Block block : document.blocks()) {
      if (block.kind() == BlockKind.REFERENCE_ENTRY) {
        Matcher m = WRITTEN_NUMBER.matcher(block.text());
        if (m.find()) {
          labels.add(String.valueOf(Integer.parseInt(m.group(1))));
        }
      }
    }
    if (labels.isEmpty()) {
      return labels;
    }
    for (Block block : document.blocks()) {
      if (block.isProse() && BRACKETED.matcher(text).region(block.span().start(), block.span().end()).find()) {
        return Set.of();
      }
    }
    return labels;
  }
}
