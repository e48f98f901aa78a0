package dev.claimcheck.refs;

import dev.claimcheck.model.Reference;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.text.CalendarDates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one reference-list entry as rendered text (Wikipedia's CS1 style and its relatives)
 * into fields: authors, date, title, container, publisher, place, pages, URLs, archive and
 * access dates, identifiers, and the use count its back-links give ({@code ^ a b c} → 3).
 * Stateless and thread-safe.
 */
public final class ReferenceParser {
  private static final Pattern PREFIX = Pattern.compile(
      "^\\s*(?:(\\d{1,4}|[a-z]{1,2})\\.(?=\\s)|\\[(\\d{1,4}|note \\d{1,3})])?\\s*(?:(\\^)\\s*((?:[a-z]{1,2}\\s+)*))?");
  private static final Pattern AUTHORS_DATE =
      Pattern.compile("^([^\"“(]{2,300}?)\\s*\\(([^()]{2,40})\\)\\.?\\s+");
  private static final Pattern QUOTED = Pattern.compile("^[\"“](.+?)[\"”]\\s*(?:\\(([^)]{2,20})\\))?$");
  private static final Pattern ARCHIVED = Pattern.compile(
      "^Archived(?:\\s*\\([^)]*\\))? from the original(?: \\([^)]*\\))? on (.+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RETRIEVED =
      Pattern.compile("^(?:Retrieved|Accessed)(?: on)? (.+?)(?:\\s*\\(.*\\))?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern IDENTIFIER = Pattern.compile(
      "^(ISBN(?:-1[03])?|ISSN|OCLC|JSTOR|doi|DOI|PMID|PMC|arXiv|Bibcode|LCCN|hdl|S2CID)[:\\s]\\s*(\\S.*)$");
  private static final Pattern PAGES = Pattern.compile("^(?:pp?\\.|pages?)\\s*(\\S.*)$");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:)]");
  private static final Pattern ARCHIVE_HOST = Pattern.compile(
      "^https?://(?:web\\.archive\\.org|archive\\.(?:org|today|is|ph|li|md)|webcitation\\.org|"
          + "arquivo\\.pt|webarchive\\.(?:org\\.uk|nla\\.gov\\.au))/", Pattern.CASE_INSENSITIVE);
  private static final Pattern WAYBACK = Pattern.compile(
      "^https?://web\\.archive\\.org/web/(\\d{8})\\d*[a-z_]*/(https?://.+)$");
  private static final Pattern PLACE_PUBLISHER = Pattern.compile("^(\\p{Lu}[\\p{L} .,'-]{1,40}?):\\s+(\\S.*)$");
  private static final Pattern ORGANIZATION = Pattern.compile(
      "\\b(?:Press|Books|Publishing|Publishers|Publications|Verlag|Institute|Institution|University|"
          + "College|Center|Centre|Council|Agency|Ministry|Department|Office|Foundation|Association|"
          + "Society|Inc|Ltd|LLC|Group|Company|Commission|Committee|Bureau|Academy|Library|"
          + "Museum|Organization|Organisation|Service|Government|Parliament|Congress|Senate|"
          + "Springer|Routledge|Wiley|Elsevier|Penguin|Macmillan|HarperCollins|Hachette)\\b");
  private static final Pattern NEWS = Pattern.compile(
      "\\b(?:Times|News|Post|Herald|Tribune|Guardian|Gazette|Telegraph|Daily|Reuters|"
          + "Associated Press|BBC|CNN|Bloomberg|Independent|Observer|Chronicle|Economist|"
          + "Newsweek|Monitor|Journal|Express|Mail|Standard|Sun|Star|Globe|Radio|Television|"
          + "Xinhua|Agence France-Presse|AFP)\\b");
  private static final Pattern JOURNAL_DETAILS = Pattern.compile("^(\\d{1,4})\\s*\\((\\d{1,4}(?:[–-]\\d{1,4})?)\\)(?::\\s*(\\S+))?$");
  private static final Set<String> NO_SPLIT_AFTER = Set.of(
      "p", "pp", "vol", "no", "ed", "eds", "jr", "sr", "st", "inc", "ltd", "co", "dr", "mr",
      "mrs", "ms", "prof", "al", "trans", "rev", "repr", "comp", "n.d", "u.s", "u.k");

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
    Fields f = new Fields();
    f.text = rest.strip();
    parseBody(f.text, f);
    for (String link : links) {
      if (ARCHIVE_HOST.matcher(link).find()) {
        f.archiveUrl = f.archiveUrl == null ? link : f.archiveUrl;
      } else if (f.url == null) {
        f.url = link;
      }
    }
    return new Reference(id != null ? id : label, label, span, f.text, f.kind(), f.authors, f.date, f.title,
        f.container, f.publisher, f.place, f.pages, f.url, f.archiveUrl, f.archiveDate,
        f.accessDate, f.format, f.identifiers, f.problems, uses);
  }

  private static void parseBody(String body, Fields f) {
    String rest = body;
    Matcher ad = AUTHORS_DATE.matcher(rest);
    if (ad.lookingAt()) {
      Optional<String> date = CalendarDates.parse(ad.group(2));
      if (date.isPresent() || ad.group(2).equalsIgnoreCase("n.d.")) {
        f.date = date.orElse(null);
        for (String author : ad.group(1).split(";")) {
          String a = author.strip();
          if (!a.isEmpty()) {
            f.authors.add(a);
          }
        }
        rest = rest.substring(ad.end());
      }
    }
    Matcher urls = URL.matcher(rest);
    while (urls.find()) {
      String u = urls.group();
      if (ARCHIVE_HOST.matcher(u).find()) {
        f.archiveUrl = f.archiveUrl == null ? u : f.archiveUrl;
      } else if (f.url == null) {
        f.url = u;
      }
    }
    boolean titleQuoted = false;
    for (String segment : segments(rest)) {
      String s = segment.strip();
      if (s.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = QUOTED.matcher(s)).matches()) {
        if (f.title == null) {
          f.title = m.group(1).replaceAll("[.,]$", "");
          titleQuoted = true;
          if (m.group(2) != null) {
            f.format(m.group(2));
          }
          continue;
        }
      }
      if ((m = ARCHIVED.matcher(s)).matches()) {
        f.archiveDate = CalendarDates.parse(m.group(1)).orElse(null);
        f.archived = true;
      } else if ((m = RETRIEVED.matcher(s)).matches()) {
        f.accessDate = CalendarDates.parse(m.group(1)).orElse(null);
      } else if ((m = IDENTIFIER.matcher(s)).matches()) {
        f.identifier(m.group(1), m.group(2));
      } else if ((m = PAGES.matcher(s)).matches()) {
        f.pages = m.group(1).strip();
      } else if ((m = JOURNAL_DETAILS.matcher(s)).matches()) {
        f.journalDetails = true;
        if (m.group(3) != null) {
          f.pages = m.group(3);
        }
      } else if (s.matches("^\\((?:PDF|DOC|DOCX|PPT|XLS|in \\p{L}+)\\)$")) {
        f.format(s.substring(1, s.length() - 1));
      } else if (URL.matcher(s).matches()) {
        continue;
      } else if (f.date == null && CalendarDates.parse(s).isPresent()) {
        f.date = CalendarDates.parse(s).get();
      } else if (f.title == null) {
        f.title = s;
      } else if (titleQuoted && f.container == null && f.publisher == null
          && !ORGANIZATION.matcher(s).find()) {
        f.container = s;
      } else if (f.publisher == null) {
        Matcher pp = PLACE_PUBLISHER.matcher(s);
        if (pp.matches() && pp.group(1).split("\\s+").length <= 3) {
          f.place = pp.group(1).strip();
          f.publisher = pp.group(2).strip();
        } else {
          f.publisher = s;
        }
      }
    }
  }

  /**
   * A web reference made from an inline hyperlink: its anchor text and URL. A Wayback Machine
   * URL gives the original URL, the archive URL and the capture date.
   *
   * @param label the name readers see for it (the link's host)
   */
  public static Reference link(String id, String label, Span span, String anchorText, String url) {
    String original = url;
    String archiveUrl = null;
    String archiveDate = null;
    Matcher wayback = WAYBACK.matcher(url);
    if (wayback.matches()) {
      archiveUrl = url;
      original = wayback.group(2);
      String ts = wayback.group(1);
      archiveDate = CalendarDates.day(Integer.parseInt(ts.substring(0, 4)),
          Integer.parseInt(ts.substring(4, 6)), Integer.parseInt(ts.substring(6, 8))).orElse(null);
    } else if (ARCHIVE_HOST.matcher(url).find()) {
      archiveUrl = url;
      original = null;
    }
    return new Reference(id, label, span, anchorText, ReferenceKind.WEB, List.of(), null, null,
        null, null, null, null, original, archiveUrl, archiveDate, null, null, Map.of(), List.of(),
        0);
  }

  /**
   * Splits an entry at full stops that end a field: outside quotation marks, not after an
   * abbreviation ({@code pp.}) or an initial, and after a closing quote that follows a stop.
   */
  static List<String> segments(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || (c == '"' && !quoted)) {
        quoted = true;
      } else if (c == '”' || (c == '"' && quoted)) {
        quoted = false;
        if (i > 0 && text.charAt(i - 1) == '.' && nextIsSpace(text, i)) {
          out.add(text.substring(start, i + 1));
          start = i + 1;
        }
      } else if (c == '.' && !quoted && nextIsSpaceOrEnd(text, i) && !abbreviationBefore(text, i)) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  private static boolean nextIsSpace(String text, int i) {
    return i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean nextIsSpaceOrEnd(String text, int i) {
    return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
      s--;
    }
    String token = text.substring(s, dot).toLowerCase(Locale.ROOT);
    return NO_SPLIT_AFTER.contains(token) || (token.length() == 1 && Character.isLetter(token.charAt(0)));
  }

  /** Field values gathered while parsing one entry. */
  private static final class Fields {
    String text;
    final List<String> authors = new ArrayList<>();
    String date;
    String title;
    String container;
    String publisher;
    String place;
    String pages;
    String url;
    String archiveUrl;
    String archiveDate;
    String accessDate;
    String format;
    boolean archived;
    boolean journalDetails;
    final Map<String, List<String>> identifiers = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    void format(String value) {
      if (!value.toLowerCase(Locale.ROOT).startsWith("in ")) {
        format = value.toUpperCase(Locale.ROOT);
      }
    }

    void identifier(String scheme, String raw) {
      String key = scheme.toLowerCase(Locale.ROOT).replaceFirst("^isbn-1[03]$", "isbn");
      Identifiers.Checked checked = switch (key) {
        case "isbn" -> Identifiers.isbn(Identifiers.isbnToken(raw));
        case "issn" -> Identifiers.issn(raw);
        case "doi" -> Identifiers.doi(raw);
        case "oclc" -> Identifiers.oclc(raw);
        case "jstor" -> Identifiers.jstor(raw);
        default -> new Identifiers.Checked(raw.strip(), true, null);
      };
      identifiers.computeIfAbsent(key, k -> new ArrayList<>()).add(checked.value());
      if (!checked.valid()) {
        problems.add(checked.problem());
      }
    }

    /** The kind the fields point to, most specific evidence first. */
    ReferenceKind kind() {
      boolean institutional = container == null && publisher != null
          && ORGANIZATION.matcher(publisher).find();
      if (identifiers.containsKey("isbn")) {
        return container != null ? ReferenceKind.CHAPTER : ReferenceKind.BOOK;
      }
      if (journalDetails || identifiers.containsKey("issn")
          || (identifiers.containsKey("doi") && container != null)) {
        return ReferenceKind.JOURNAL;
      }
      if (container != null && NEWS.matcher(container).find()) {
        return ReferenceKind.NEWS;
      }
      if (institutional) {
        return ReferenceKind.REPORT;
      }
      if (url != null || archiveUrl != null || archived || accessDate != null) {
        return ReferenceKind.WEB;
      }
      return publisher != null ? ReferenceKind.BOOK : ReferenceKind.OTHER;
    }
  }
}
