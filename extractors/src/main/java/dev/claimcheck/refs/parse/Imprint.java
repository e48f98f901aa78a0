package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.AuthorNames;
import dev.claimcheck.refs.Organizations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item once the details have begun: a detail, an editor note ("edited by …"), a place and
 * year, a {@code Place: Publisher}, or else the publisher.
 */
final class Imprint extends ParseUnit {
  private static final Pattern PLACE_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L}-]+)\\s+((?:1[5-9]|20)\\d{2})$");
  static final Pattern PLACE_PUBLISHER = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’-]*(?:[ /-](?:upon|am|an|on|de|del|la|le|sur|en|im|\\p{Lu}[\\p{L}.'’-]*)){0,3}"
          + "(?:\\s*\\([^()]{2,30}\\))?(?:,\\s*\\p{Lu}[\\p{L}.]{1,12})?)\\s*:\\s*(\\S.*)$");
  static final Pattern EDITED_BY = Pattern.compile(
      "^(?:edited by|ed\\. by|ed\\.|eds\\.|Ed\\.|Eds\\.|hrsg\\. von|herausgegeben von|edited and translated by|"
          + "translated by|trans\\. by|trans\\.)\\s+", Pattern.CASE_INSENSITIVE);
  private final Details details;

  Imprint(EntryParse e, Details details) {
    super(e);
    this.details = details;
  }

  /** An item after the details have begun: a detail, an editor, or a publisher. */
  void detailOrName(String item, boolean inLargerWork) {
    if (details.detail(item)) {
      return;
    }
    if (EDITED_BY.matcher(item).lookingAt() || item.matches("(?i)eds?\\.?|editors?")) {
      if (item.toLowerCase(Locale.ROOT).startsWith("edited") || inLargerWork) {
        e.see(Sign.CHAPTER);
      }
      String after = EDITED_BY.matcher(item).replaceFirst("");
      Matcher pp = PLACE_PUBLISHER.matcher(after);
      if (item.matches("(?i)^eds?\\.\\s+.+") && pp.matches()) {
        b.place(pp.group(1).strip());
        b.publisher(FieldText.clean(pp.group(2)));
        e.see(Sign.PLACE_AND_PUBLISHER);
      }
      return;
    }
    if (AuthorNames.parse(item) != null && !Organizations.isOrganization(item) && inLargerWork) {
      return;
    }
    Matcher py = PLACE_YEAR.matcher(item);
    if (py.matches()) {
      b.place(b.place() == null ? py.group(1) : b.place());
      b.date(b.date() == null ? py.group(2) : b.date());
      return;
    }
    Matcher pp = PLACE_PUBLISHER.matcher(item);
    if (pp.matches() && pp.group(1).split("\\s+").length <= 4) {
      b.place(pp.group(1).strip());
      b.publisher(b.publisher() == null ? FieldText.clean(pp.group(2)) : b.publisher());
      e.see(Sign.PLACE_AND_PUBLISHER);
      return;
    }
    if (b.publisher() == null) {
      b.publisher(FieldText.clean(item));
    }
  }
}
