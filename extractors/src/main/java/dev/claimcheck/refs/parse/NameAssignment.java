package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.Organizations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The names left over in an entry's parts become its container and its publisher. */
final class NameAssignment extends ParseUnit {
  private static final Pattern DOMAIN = Pattern.compile("^[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+){0,12}\\.(?:com|org|net|edu|gov|info|[a-z]{2})$",
      Pattern.CASE_INSENSITIVE);

  NameAssignment(EntryParse e) {
    super(e);
  }

  /** Names left over become the container and the publisher. */
  void assign(List<Part> parts) {
    List<String> names = new ArrayList<>();
    for (Part p : parts) {
      if (p.name() != null) {
        names.add(p.name());
        names.addAll(p.more());
      }
    }
    boolean partOfWhole = e.has(Sign.TITLE_QUOTED) || e.has(Sign.JOURNAL) || e.has(Sign.CHAPTER);
    if (e.has(Sign.JOURNAL) && b.container() == null && !names.isEmpty()) {
      // The name before a journal's volume and issue is the journal's, whatever its words.
      b.container(names.remove(0));
    }
    if (names.size() == 1 && b.has("isbn") && !e.has(Sign.CHAPTER) && b.publisher() == null) {
      // "Title". Name. ISBN …: a book and its publisher; a chapter names its book too.
      b.publisher(names.get(0));
      return;
    }
    for (String name : names) {
      if (b.publisher() == null && names.size() == 1 && DOMAIN.matcher(name).matches()) {
        b.publisher(name);
        continue;
      }
      boolean organization = Organizations.isOrganization(name) && !Organizations.isNews(name)
          && !name.matches("(?i).*\\b(?:journal|review|quarterly|proceedings|bulletin|magazine|annals|letters)\\b.*");
      if (b.container() == null && !organization && (partOfWhole || Organizations.isNews(name)
          || (b.url() != null && !b.has("isbn") && b.publisher() == null && !e.has(Sign.PLACE_AND_PUBLISHER)))) {
        b.container(name);
      } else if (b.publisher() == null && !(e.has(Sign.THESIS) && b.publisher() != null)) {
        b.publisher(name);
      } else if (b.container() == null) {
        b.container(name);
      }
    }
  }
}
