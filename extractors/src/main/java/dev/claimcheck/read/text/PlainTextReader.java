package dev.claimcheck.read.text;

import dev.claimcheck.model.Block;
import dev.claimcheck.model.BlockKind;
import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;
import dev.claimcheck.read.DocumentIds;
import dev.claimcheck.read.DocumentReader;
import dev.claimcheck.read.ReadLimits;
import dev.claimcheck.read.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads plain-text articles: a Wikipedia article copied as text, a blog post, a wrapped text
 * file. See {@link PlainTextLayout} for how structure is recovered. Stateless and thread-safe.
 */
public final class PlainTextReader implements DocumentReader {
  /** The format name of documents this reader produces. */
  public static final String FORMAT = "text/plain";

  private final ReadLimits limits;

  /** A reader with the given limits. */
  public PlainTextReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Outcome<Document> read(String source, byte[] bytes) {
    return TextDecoder.decode(source, bytes, limits).then(text -> Outcome.ok(layOut(source, text)));
  }

  /** Lays out already decoded text. */
  public Document layOut(String source, String decoded) {
    List<String> warnings = new ArrayList<>();
    String text = decoded;
    boolean truncated = false;
    if (text.length() > limits.maxDocumentChars()) {
      int cut = text.lastIndexOf('\n', limits.maxDocumentChars());
      text = text.substring(0, cut > 0 ? cut : limits.maxDocumentChars());
      truncated = true;
      warnings.add("text cut at " + text.length() + " of " + decoded.length()
          + " characters (limit " + limits.maxDocumentChars() + ")");
    }
    String id = DocumentIds.of(source, text);
    List<Block> blocks = PlainTextLayout.blocks(id, text);
    String title = blocks.stream()
        .filter(b -> b.kind() == BlockKind.TITLE)
        .map(Block::text)
        .findFirst()
        .orElse(null);
    return new Document(id, source, FORMAT, title, null, null, null, text, blocks, List.of(),
        false, warnings, truncated);
  }

  /** Plain text; the registry also hands it whatever no other reader takes, to refuse with a reason. */
  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/plain");
  }
}
