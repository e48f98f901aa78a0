package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Work;
import java.util.List;
import java.util.StringJoiner;

/**
 * A work written out as an author–date reference entry ({@code Okafor, A., & Lee, B. (2020).
 * Title. Journal, 3(2), 1–10. Publisher. doi:…. URL}), for works a document cites by their
 * fields alone with no entry written for them. The reference parser reads it back.
 */
public final class WorkText {
  private WorkText() {}

  public static String of(Work work) {
    StringBuilder out = new StringBuilder();
    List<Author> authors = work.authors();
    if (!authors.isEmpty()) {
      StringJoiner names = new StringJoiner(", ");
      for (int i = 0; i < authors.size(); i++) {
        Author a = authors.get(i);
        String name = a.given() == null ? a.family()
            : a.family() + ", " + String.join(". ", AuthorNames.initials(a.given()).split("")) + ".";
        names.add(i > 0 && i == authors.size() - 1 ? "& " + name : name);
      }
      out.append(names).append(work.etAl() ? " et al." : "").append(' ');
    }
    out.append('(').append(work.date() == null ? "n.d." : work.date()).append("). ");
    if (work.title() != null) {
      out.append(work.title()).append(terminal(work.title()));
    }
    if (work.container() != null) {
      out.append(work.container());
      if (work.volume() != null) {
        out.append(", ").append(work.volume());
        if (work.issue() != null) {
          out.append('(').append(work.issue()).append(')');
        }
      }
      if (work.pages() != null) {
        out.append(", ").append(work.pages());
      }
      out.append(". ");
    } else if (work.pages() != null) {
      out.append("pp. ").append(work.pages()).append(". ");
    }
    if (work.edition() != null) {
      out.append(work.edition()).append(" ed. ");
    }
    if (work.publisher() != null) {
      out.append(work.place() != null ? work.place() + ": " : "").append(work.publisher()).append(". ");
    }
    work.identifiers().forEach((scheme, values) -> values.forEach(v -> out.append(
        scheme.equals("doi") ? "doi:" + v : scheme.toUpperCase(java.util.Locale.ROOT) + " " + v).append(". ")));
    if (work.url() != null) {
      out.append(work.url());
    }
    return out.toString().strip();
  }

  private static String terminal(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '?' || last == '!' ? " " : ". ";
  }
}
