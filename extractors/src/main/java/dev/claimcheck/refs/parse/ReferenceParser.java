package dev.claimcheck.refs.parse;

import dev.claimcheck.model.Reference;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.Work;
import dev.claimcheck.refs.Segments;
import dev.claimcheck.refs.ShortForms;
import dev.claimcheck.refs.WorkBuilder;
import dev.claimcheck.text.TextBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one reference-list entry, as rendered text in any of the common styles, into the
 * fields of the work it cites: Wikipedia's CS1/CS2, APA, Chicago (notes and author–date), MLA,
 * Harvard, IEEE, Vancouver, footnotes, bare URLs; short citations ({@code Joske 2022, p. 30},
 * {@code Ibid.}) are recognized as such for the linker to resolve.
 *
 * <p>The entry is read in three passes: first what can be found anywhere (identifiers, URLs,
 * archive and access notes, format, language, dead-link tags) is taken out; then the head
 * (authors and date, in whichever order the style puts them) and the title; then each
 * remaining part is classified (journal details, place and publisher, edition, pages, dates,
 * "In" a larger work) and the names left over become container or publisher. Stateless and
 * thread-safe.
 */
public final class ReferenceParser {
  private static final Pattern PREFIX = Pattern.compile(
      "^\\s*(?:[•*·▪‣]\\s+)?(?:(\\d{1,4}|[a-z]{1,2})\\.(?=\\s)|\\[(\\d{1,4}|note \\d{1,3})])?\\s*(?:(\\^)\\s*((?:[a-z]{1,2}\\s+)*+))?");
  private static final Pattern SEE = Pattern.compile("^(?:See also|See|see|Cf\\.|cf\\.|Vgl\\.|Voir)\\s+(?=\\p{Lu})");

  private ReferenceParser() {}

  /**
   * Parses the entry under {@code span} of {@code documentText}.
   *
   * @param id the reference's id within its document, or null to use its label
   * @param fallbackLabel the label to use when the entry carries no number of its own
   */
  public static Reference parse(String documentText, Span span, String id, String fallbackLabel) {
    return parse(documentText, span, id, fallbackLabel, List.of());
  }

  /**
   * Parses an entry whose links the reader kept apart from its text (HTML): the first link to
   * an archive is its archive URL, the first other link its URL, unless the text names them.
   */
  public static Reference parse(String documentText, Span span, String id, String fallbackLabel,
      List<String> links) {
    String entry = documentText.substring(span.start(), span.end());
    Matcher prefix = PREFIX.matcher(entry);
    String label = fallbackLabel;
    int uses = 0;
    String rest = entry;
    if (prefix.lookingAt()) {
      if (prefix.group(1) != null) {
        label = prefix.group(1);
      } else if (prefix.group(2) != null) {
        label = prefix.group(2);
      }
      if (prefix.group(3) != null) {
        String letters = prefix.group(4).strip();
        uses = letters.isEmpty() ? 1 : letters.split("\\s+").length;
      }
      rest = entry.substring(prefix.end());
    }
    String text = SEE.matcher(rest.strip()).replaceFirst("");
    boolean shortCitation = ShortForms.is(text);
    Work work = work(text, links, shortCitation);
    return new Reference(id != null ? id : label, label, span, text, work, uses, null, shortCitation);
  }

  /** The work a reference entry's text (without label and back-links) cites. */
  public static Work work(String entry) {
    return work(entry, List.of());
  }

  /** The work an entry cites, with links the reader kept apart from its text. */
  public static Work work(String entry, List<String> links) {
    return work(entry, links, ShortForms.is(entry));
  }

  private static Work work(String whole, List<String> links, boolean shortCitation) {
    WorkBuilder b = new WorkBuilder();
    String entry = whole;
    if (entry.length() > TextBounds.MAX_ENTRY_CHARS) {
      // No citation is this long: what follows the bound is not read for fields.
      entry = entry.substring(0, TextBounds.MAX_ENTRY_CHARS);
      b.problem("truncated: only the first " + TextBounds.MAX_ENTRY_CHARS
          + " characters of the entry were read");
    }
    Skeleton skeleton = new Skeleton(entry.strip());
    EntryNotes notes = EntryNotes.takeFrom(skeleton);
    notes.applyTo(b, skeleton.length());
    for (String link : links) {
      Urls.take(b, link, skeleton.length());
    }
    EntryParse e = new EntryParse(b, notes.signs());
    if (shortCitation) {
      ShortForms.fill(entry.strip(), b);
    } else {
      fields(skeleton.normalized(), e);
    }
    b.kind(new KindRules(e).kind());
    return b.build();
  }

  /** Head, title and the remaining parts of a full reference. */
  private static void fields(String s, EntryParse e) {
    if (s.isEmpty()) {
      return;
    }
    Details details = new Details(e);
    String body = new HeadReader(e).read(new JournalTail(e).take(s));
    body = new TitleReader(e, details).read(body);
    PartClassifier classifier = new PartClassifier(e, details, new Imprint(e, details));
    List<Part> classified = new ArrayList<>();
    for (String part : Segments.of(body)) {
      classified.add(classifier.classify(part));
    }
    new NameAssignment(e).assign(classified);
  }

  /**
   * A web reference made from an inline hyperlink: its anchor text and URL. A Wayback Machine
   * URL gives the original URL, the archive URL and the capture date.
   *
   * @param label the name readers see for it (the link's host)
   */
  public static Reference link(String id, String label, Span span, String anchorText, String url) {
    WorkBuilder b = new WorkBuilder();
    Urls.take(b, url, url.length());
    b.kind(ReferenceKind.WEB);
    return new Reference(id, label, span, anchorText, b.build(), 0);
  }
}
