package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.Organizations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one part of an entry (the text between two field boundaries) is: a larger work the
 * entry is "In", a journal's name with volume and pages, a run of details, a place and
 * publisher, or names left for {@link NameAssignment}. Details are taken into the work as they
 * are found. Not thread-safe: one per entry.
 */
final class PartClassifier extends ParseUnit {
  private static final Pattern CHICAGO_JOURNAL = Pattern.compile(
      "^(.+?)(?:(?<!\\s)|(?=,)),?\\s+(\\d{1,4})(?:,\\s*no\\.\\s*([\\w/–-]+))?\\s*\\(([^()]*\\d{4}[^()]*)\\)(?::\\s*(.+))?$");
  private static final Pattern NAME_VOLUME_PAGES = Pattern.compile(
      "^(\\p{Lu}[^,:;]*?\\p{L}[.)]?),?\\s+(\\d{1,4}(?:[–-]\\d{1,4})?)\\s*(?:\\(([^()]{1,15})\\))?\\s*:\\s*(\\w*\\d\\w*(?:\\s*[–-]\\s*\\w+)?)$");
  private static final Pattern LEADING_EDITION = Pattern.compile(
      "^((?:\\d{1,2}(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Revised|Rev\\.)\\s*(?:ed|edn|edition)\\.?)\\s+(\\S.*)$",
      Pattern.CASE_INSENSITIVE);
  private final Details details;
  private final Imprint imprint;
  private final LargerWork larger;
  private boolean pendingContainer;

  PartClassifier(EntryParse e, Details details, Imprint imprint) {
    super(e);
    this.details = details;
    this.imprint = imprint;
    this.larger = new LargerWork(e, details, imprint);
  }

  /** What one part of the entry is; details are taken into the work as they are found. */
  Part classify(String part) {
    String s = part.strip();
    if (pendingContainer) {
      pendingContainer = false;
      larger.name(s);
      return Part.DONE;
    }
    int in = LargerWork.start(s);
    if (in >= 0) {
      e.see(Sign.CHAPTER);
      if (!larger.read(s.substring(in), this::classify)) {
        pendingContainer = true;
      }
      return Part.DONE;
    }
    if (s.length() <= 5 && s.matches("\\d{1,4}[A-Z]?") && !s.matches("1[5-9]\\d\\d|20\\d\\d") && b.volume() == null) {
      b.volume(s);
      e.see(Sign.JOURNAL);
      return Part.DONE;
    }
    Matcher le = LEADING_EDITION.matcher(s);
    if (le.matches()) {
      details.detail(le.group(1));
      return classify(le.group(2));
    }
    Matcher nvp = NAME_VOLUME_PAGES.matcher(s);
    if (nvp.matches() && !(nvp.group(3) != null && nvp.group(3).strip().matches("1[5-9]\\d\\d|20\\d\\d"))) {
      e.see(Sign.JOURNAL);
      if (b.container() == null) {
        b.container(FieldText.clean(nvp.group(1)));
      }
      b.volume(nvp.group(2));
      b.issue(nvp.group(3) != null ? nvp.group(3).strip() : b.issue());
      b.pages(Details.pages(nvp.group(4)));
      return Part.DONE;
    }
    Matcher cj = CHICAGO_JOURNAL.matcher(s);
    if (cj.matches() && FieldText.dateOf(cj.group(4)) != null && !cj.group(1).contains(":")) {
      e.see(Sign.JOURNAL);
      if (b.container() == null) {
        b.container(FieldText.clean(cj.group(1)));
      }
      b.volume(cj.group(2));
      b.issue(cj.group(3) != null ? cj.group(3) : b.issue());
      b.date(b.date() == null ? FieldText.dateOf(cj.group(4)) : b.date());
      if (cj.group(5) != null) {
        b.pages(Details.pages(cj.group(5)));
      }
      return Part.DONE;
    }
    List<String> items = Items.of(s);
    List<String> names = new ArrayList<>();
    boolean begun = false;
    boolean journalBefore = e.has(Sign.JOURNAL);
    boolean edited = items.stream().anyMatch(i -> Imprint.EDITED_BY.matcher(i).lookingAt());
    for (int n = 0; n < items.size(); n++) {
      String item = items.get(n);
      if (!names.isEmpty() && !begun && b.volume() == null && item.matches("\\d{1,4}") && n + 1 < items.size()
          && Details.RANGE.matcher(items.get(n + 1).replaceFirst("^pp?\\.\\s*", "")).matches()) {
        b.volume(item);
        e.see(Sign.JOURNAL);
        begun = true;
        continue;
      }
      if (!begun && Imprint.EDITED_BY.matcher(item).lookingAt() && !names.isEmpty()) {
        e.see(Sign.CHAPTER);
        if (b.container() == null) {
          b.container(FieldText.clean(String.join(", ", names)));
        }
        names.clear();
        begun = true;
        continue;
      }
      if (!edited && !begun && names.isEmpty() && item.contains(":") && !item.matches(".*\\d.*:.*")) {
        Matcher pp = Imprint.PLACE_PUBLISHER.matcher(item);
        if (pp.matches() && pp.group(1).split("\\s+").length <= 4 && !Organizations.isNews(pp.group(2))) {
          b.place(pp.group(1).strip());
          b.publisher(b.publisher() == null ? FieldText.clean(pp.group(2)) : b.publisher());
          e.see(Sign.PLACE_AND_PUBLISHER);
          begun = true;
          continue;
        }
      }
      if (b.pages() != null && n > 0 && Details.PAGES.matcher(items.get(n - 1)).matches()
          && item.matches("\\d{1,5}(?:[–-]\\d{1,5})?") && !item.matches("1[5-9]\\d\\d|20\\d\\d")) {
        b.pages(b.pages() + ", " + Details.pages(item));
        continue;
      }
      if (details.detail(item)) {
        begun = true;
      } else if (begun && !names.isEmpty() || begun) {
        imprint.detailOrName(item, false);
      } else {
        names.add(item);
      }
    }
    if (names.isEmpty()) {
      return Part.DONE;
    }
    if ((e.layout == Layout.FIELDS_BY_COMMA) && names.size() > 1) {
      // In CS2 each comma ends a field: work, then publisher.
      return new Part(FieldText.clean(names.get(0)), names.subList(1, names.size()).stream().map(FieldText::clean).toList());
    }
    String name = String.join(", ", names);
    Matcher trailing = TitleReader.TRAILING_PAREN.matcher(name);
    if (trailing.find() && details.detail(trailing.group(1))) {
      // "Oxford English Dictionary (3rd ed.)": the edition in brackets after a name.
      name = name.substring(0, trailing.start());
    }
    if (e.has(Sign.JOURNAL) && !journalBefore && b.container() == null) {
      // The name before a journal's volume and issue is the journal's.
      b.container(FieldText.clean(name));
      return Part.DONE;
    }
    return new Part(FieldText.clean(name));
  }


}
