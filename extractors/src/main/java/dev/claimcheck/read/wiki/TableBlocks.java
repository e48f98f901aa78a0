package dev.claimcheck.read.wiki;

import dev.claimcheck.model.BlockKind;
import dev.claimcheck.read.DocumentBuilder;
import java.util.List;

/** A wikitext table ({@code {| … |}}), nested ones too: its caption, then one block per row, cells joined by bars. */
final class TableBlocks {
  private final String text;
  private final DocumentBuilder builder;
  private final WikiSink document;
  private final InlineMarkup markup;

  TableBlocks(String text, DocumentBuilder builder, WikiSink document, InlineMarkup markup) {
    this.text = text;
    this.builder = builder;
    this.document = document;
    this.markup = markup;
  }

  /** A table from the {@code {|} at {@code from}: its caption and one block per row. */
  int read(int from) {
    int i = from;
    int depth = 0;
    StringBuilder row = new StringBuilder();
    while (i < text.length()) {
      int end = WikiSyntax.logicalLineEnd(text, i);
      String line = text.substring(i, end).strip();
      i = end + 1;
      if (line.startsWith("{|")) {
        depth++;
        continue;
      }
      if (line.startsWith("|}")) {
        tableRow(row);
        depth--;
        if (depth == 0) {
          return i;
        }
        continue;
      }
      if (line.startsWith("|+")) {
        tableRow(row);
        String caption = cell(line.substring(2));
        if (!caption.isBlank()) {
          builder.startBlock();
          markup.render(caption, document, 0, false);
          builder.endBlock(BlockKind.CAPTION, null);
        }
      } else if (line.startsWith("|-")) {
        tableRow(row);
      } else if (line.startsWith("|") || line.startsWith("!")) {
        for (String cell : line.substring(1).split("\\|\\||!!")) {
          String content = cell(cell);
          if (!content.isBlank()) {
            row.append(row.length() > 0 ? " | " : "").append(content);
          }
        }
      } else if (!line.isEmpty()) {
        row.append(' ').append(line);
      }
    }
    tableRow(row);
    return i;
  }

  /** A cell's content without its attributes ({@code style="…" | content}). */
  private static String cell(String cell) {
    List<String> parts = WikiSyntax.splitPipes(cell);
    return parts.size() > 1 && parts.get(0).contains("=") ? String.join("|", parts.subList(1, parts.size()))
        : cell;
  }

  private void tableRow(StringBuilder row) {
    if (row.length() > 0) {
      String raw = row.toString();
      row.setLength(0);
      builder.startBlock();
      markup.render(raw, document, 0, false);
      builder.endBlock(BlockKind.TABLE_ROW, null);
    }
  }
}
