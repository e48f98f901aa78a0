package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import dev.claimcheck.model.Reference;
import dev.claimcheck.model.ReferenceKind;
import dev.claimcheck.model.Span;
import dev.claimcheck.model.Work;
import dev.claimcheck.text.CalendarDates;
import dev.claimcheck.text.TextBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  static final char CUT = '\u0001';
  private static final String DATE_TEXT =
      "(\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}"
          + "|\\d{4}\\s+\\p{L}{3}\\.?\\s+\\d{1,2}|\\p{L}+\\s+\\d{4}|\\d{4})";
  private static final Pattern ARCHIVED = Pattern.compile(
      "Archived(?:\\s*\\([^)]*\\))?(?: from the original(?:\\s*\\([^)]*\\))?)? on " + DATE_TEXT
          + "|Archived at the Wayback Machine|Archived from the original",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCESSED = Pattern.compile(
      "[\\[(]?(?:Retrieved|Accessed|Viewed|last accessed|cited|abgerufen am|Zugriff am|"
          + "consulté le|consultado el|consultato il)(?:\\s+on)?:?\\s*" + DATE_TEXT + "[\\])]?(?:,?\\s*from\\b)?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern URL = Pattern.compile("<?(https?://[^\\s<>\"]+[^\\s<>\".,;:)\\]])>?");
  private static final Pattern URL_LEAD = Pattern.compile(
      "(?:\\[Online\\]\\.?\\s*)?(?:Available(?: at| from| online)?|Online unter|Disponible (?:en|sur)|"
          + "URL|Retrieved from|Abgerufen von|from|PMID|PMCID|DOI|doi|Online)\\s*:?\\s*$");
  private static final Pattern ARCHIVE_HOST = Pattern.compile(
      "^https?://(?:web\\.archive\\.org|archive\\.(?:org|today|is|ph|li|md|vn|fo)|webcitation\\.org|"
          + "(?:www\\.)?webcitation\\.org|arquivo\\.pt|webarchive\\.(?:org\\.uk|nla\\.gov\\.au)|"
          + "ghostarchive\\.org|wayback\\.archive-it\\.org)/", Pattern.CASE_INSENSITIVE);
  private static final Pattern WAYBACK = Pattern.compile(
      "^https?://web\\.archive\\.org/web/(\\d{8})\\d*[a-z_]*/(https?://.+)$");
  private static final Pattern RESOLVER = Pattern.compile(
      "^https?://(?:dx\\.|www\\.)?(?:doi\\.org|hdl\\.handle\\.net|ncbi\\.nlm\\.nih\\.gov/(?:pubmed|pmc|labs)|"
          + "pubmed\\.ncbi\\.nlm\\.nih\\.gov|arxiv\\.org/abs|jstor\\.org/stable)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMAT = Pattern.compile(
      "[(\\[](PDF|DOC|DOCX|PPT|PPTX|XLS|XLSX|PostScript|ODT|EPUB)(?:,\\s*[\\d.,]+\\s*[KMG]i?B)?[)\\]]");
  private static final Pattern LANGUAGE = Pattern.compile(
      "[(\\[](?:in |In |Article in )(\\p{L}+)(?:\\s+and\\s+\\p{L}+)?[)\\]]");
  private static final Pattern DEAD = Pattern.compile(
      "[\\[(]?(?:permanent )?dead link(?:[^\\])]{0,40})?[\\])]?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEDIUM = Pattern.compile(
      "\\[(?:Internet|Online|online|Electronic|Video|Podcast|Blog post|Tweet|Press release|"
          + "Data set|Computer software)\\]|\\b(?:Web|Print)\\.(?=\\s|$)");
  private static final Pattern THESIS = Pattern.compile(
      "(?:\\[|\\()?\\b(?:(?:PhD|Ph\\.\\s?D\\.|Doctoral|doctoral|Master['’]?s|master['’]?s|MA|M\\.A\\.|MSc|MPhil|Bachelor'?s|"
          + "Diploma)\\s+(?:thesis|dissertation|Thesis|Dissertation)|Dissertation|dissertation|Thèse de doctorat|"
          + "Thèse|Tesis doctoral|Doktorarbeit)\\b(?:,\\s*([^\\])]+))?(?:\\]|\\))?");
  private static final Pattern REPORT = Pattern.compile(
      "\\b(?:(?:Technical|Research|Annual|Policy|Working|Discussion|Occasional|Briefing|Staff)\\s+"
          + "(?:[Rr]eport|[Pp]aper|[Bb]rief|[Nn]ote)|Report|White [Pp]aper|Tech\\. Rep\\.)"
          + "(?:\\s+(?:No\\.|no\\.|Nr\\.|Number|#)\\s*[\\w./-]+)?\\b");
  private static final Pattern HEAD_PAREN = Pattern.compile(
      "^([^()\"“”«]{2,2000}?)(?<!\\s)\\s*\\(([^()]{1,40})\\)[.,:]?(?:\\s+|$)");
  private static final Pattern EDITOR_MARK = Pattern.compile(
      "^([^()]{2,300}?)(?<!\\s)\\s*\\((?:Eds?|eds?|Hrsg|Hg|éds?|coord)\\.?\\)\\.?");
  private static final Pattern HEAD_YEAR = Pattern.compile(
      "^([^\"“”«]{2,300}?)(?:(?<!\\s)|(?=[.,]))[.,]?\\s+((?:1[5-9]|20)\\d{2}[a-z]?|n\\.\\s?d)[.,](?:\\s+|$)");
  private static final Pattern HEAD_NOTE = Pattern.compile(
      "^((?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:\\p{Ll}{1,3}\\s+){0,2}\\p{Lu}[\\p{L}'’-]+(?:,?\\s+(?:and|&)\\s+|,\\s+)?){1,8}?)"
          + "(?:,?\\s+et al\\.)?,\\s+(?![\\d\"“])");
  private static final Pattern VANCOUVER_HEAD = Pattern.compile(
      "^((?:(?:\\p{Ll}{1,3}\\s){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?\\s\\p{Lu}{1,3}(?:,\\s*|(?=\\.)|,?\\s*et al(?=\\.))){1,30})\\.\\s");
  private static final Pattern IN = Pattern.compile("^(?:[Ii]n|In:|in:)\\s*:?\\s+");
  private static final Pattern EDITORS_IN = Pattern.compile(
      "^(.{2,200}?)(?<!\\s)\\s*(?:\\((?:Eds?|eds?|Hrsg|Hg|éds?|coord)\\.?\\)|,\\s*(?:editors?|Editors?|eds?|Eds?)\\.?(?=[\\s,.:]|$))(?:,|\\.|:)?\\s*");
  private static final Pattern CHICAGO_JOURNAL = Pattern.compile(
      "^(.+?)(?:(?<!\\s)|(?=,)),?\\s+(\\d{1,4})(?:,\\s*no\\.\\s*([\\w/–-]+))?\\s*\\(([^()]*\\d{4}[^()]*)\\)(?::\\s*(.+))?$");
  private static final Pattern NAME_VOLUME_PAGES = Pattern.compile(
      "^(\\p{Lu}[^,:;]*?\\p{L}[.)]?),?\\s+(\\d{1,4}(?:[–-]\\d{1,4})?)\\s*(?:\\(([^()]{1,15})\\))?\\s*:\\s*(\\w*\\d\\w*(?:\\s*[–-]\\s*\\w+)?)$");
  private static final Pattern LEADING_EDITION = Pattern.compile(
      "^((?:\\d{1,2}(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Revised|Rev\\.)\\s*(?:ed|edn|edition)\\.?)\\s+(\\S.*)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DOMAIN = Pattern.compile("^[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+){0,12}\\.(?:com|org|net|edu|gov|info|[a-z]{2})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SEE = Pattern.compile("^(?:See also|See|see|Cf\\.|cf\\.|Vgl\\.|Voir)\\s+(?=\\p{Lu})");
  private static final Pattern PLACE_YEAR = Pattern.compile("^(\\p{Lu}[\\p{L}-]+)\\s+((?:1[5-9]|20)\\d{2})$");
  private static final Pattern HEAD_COLON = Pattern.compile(
      "^([^:\"“„(]{2,120}?)(?:\\s*\\((?:Hrsg|Hg|ed|eds|dir|coord)\\.\\))?:\\s+(?=\\S)");
  private static final Pattern EDITOR_NOTE = Pattern.compile(
      "\\[(?:page|pages|year|full citation|verification|clarification|ISBN) needed]"
          + "|\\((?:Subscription|Registration|Free registration)[^)]{0,80}required\\.?\\)|\\(inactive [^)]{1,20}\\)");
  private static final Pattern EDITOR_BEFORE_TITLE = Pattern.compile("^[^\"“]{2,120}?,\\s*eds?\\.\\s+(?=[\"“])");
  private static final Pattern TRAILING_INITIALS_EDITORS = Pattern.compile("^(.+?\\p{Lu}\\.)\\s+(?=\\p{Lu}\\p{Ll})");
  private static final Pattern INITIAL_IN = Pattern.compile("\\p{Lu}\\.|^\\p{Lu}{1,3}$");
  private static final Pattern TRAILING_PAREN = Pattern.compile("(?<!\\s)\\s*\\(([^()]*)\\)$");
  private static final Pattern NAME_AND_PAREN = Pattern.compile("^(.+?)(?<!\\s)\\s*\\(([^()]*)\\)\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "^" + CalendarDates.MONTH + "\\.?\\s+\\d{1,2}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLICATION_BLOCK = Pattern.compile("(?<!\\s)\\s*\\(([^()]*\\d{4}[^()]*)\\)");
  private static final Pattern VOLUME = Pattern.compile(
      "^(?:vol\\.?|Vol\\.?|volume|Volume|Bd\\.|t\\.|tome|Jg\\.)\\s*(\\w+)$");
  private static final Pattern ISSUE = Pattern.compile(
      "^(?:no\\.?|No\\.?|issue|Issue|Nr\\.|n°|núm\\.|Heft|H\\.|iss\\.)\\s*(\\w+(?:[–/-]\\w+)?)$");
  private static final Pattern VOL_ISSUE = Pattern.compile(
      "^(\\d{1,4}(?:[–-]\\d{1,4})?)\\s*(?:\\(([^)]{1,15})\\))?(?:\\s*:\\s*(\\w*\\d\\w*(?:\\s*[–-]\\s*\\w+)?))?$");
  private static final Pattern VANCOUVER_DETAILS = Pattern.compile(
      "^((?:1[5-9]|20)\\d{2}(?:\\s+\\p{Lu}\\p{Ll}{2}(?:\\s\\d{1,2})?)?)\\s*;\\s*(.+)$");
  private static final Pattern PAGES = Pattern.compile(
      "^(?:pp?\\.|pages?|S\\.|pgs?\\.|стр\\.|с\\.)\\s*(\\S.*)$");
  private static final Pattern RANGE = Pattern.compile("^[A-Z]?\\d+\\s*[–-]\\s*[A-Z]?\\d+$");
  private static final Pattern EDITION = Pattern.compile(
      "^\\(?(?:(\\d{1,2})(?:st|nd|rd|th|\\.|e|ª|a)?|(First|Second|Third|Fourth|Fifth|Sixth|Revised|Rev\\.|Expanded|Updated|"
          + "New|Illustrated|Reprint))\\s*(?:ed|edn|edition|Aufl|Auflage|éd|édition|ed\\.\\s*rev)\\.?\\)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACE_PUBLISHER = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’-]*(?:[ /-](?:upon|am|an|on|de|del|la|le|sur|en|im|\\p{Lu}[\\p{L}.'’-]*)){0,3}"
          + "(?:\\s*\\([^()]{2,30}\\))?(?:,\\s*\\p{Lu}[\\p{L}.]{1,12})?)\\s*:\\s*(\\S.*)$");
  private static final Pattern EDITED_BY = Pattern.compile(
      "^(?:edited by|ed\\. by|ed\\.|eds\\.|Ed\\.|Eds\\.|hrsg\\. von|herausgegeben von|edited and translated by|"
          + "translated by|trans\\. by|trans\\.)\\s+", Pattern.CASE_INSENSITIVE);

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
      b.problems.add("truncated: only the first " + TextBounds.MAX_ENTRY_CHARS
          + " characters of the entry were read");
    }
    Parse p = new Parse(entry.strip(), b);
    p.takeAnywhere();
    for (String link : links) {
      p.url(link);
    }
    if (shortCitation) {
      ShortForms.fill(entry.strip(), b);
    } else {
      p.fields();
    }
    b.kind = p.kind();
    return b.build();
  }

  /**
   * A web reference made from an inline hyperlink: its anchor text and URL. A Wayback Machine
   * URL gives the original URL, the archive URL and the capture date.
   *
   * @param label the name readers see for it (the link's host)
   */
  public static Reference link(String id, String label, Span span, String anchorText, String url) {
    WorkBuilder b = new WorkBuilder();
    new Parse(url, b).url(url);
    b.kind = ReferenceKind.WEB;
    return new Reference(id, label, span, anchorText, b.build(), 0);
  }

  /** The state of one entry's parse. */
  private static final class Parse {
    private final WorkBuilder b;
    private final StringBuilder skeleton;
    private final String entryLower;
    private boolean titleQuoted;
    private boolean journal;
    private boolean chapter;
    private boolean thesis;
    private boolean report;
    private boolean placeAndPublisher;
    private boolean archived;
    private boolean noteStyle;
    private boolean pendingContainer;
    private boolean commaSeparated;

    Parse(String entry, WorkBuilder b) {
      this.b = b;
      this.skeleton = new StringBuilder(entry);
      this.entryLower = entry.toLowerCase(Locale.ROOT);
    }

    /** Takes out what can stand anywhere in an entry, leaving cut marks in its place. */
    void takeAnywhere() {
      String s = skeleton.toString();
      for (Identifiers.Found f : Identifiers.mayHold(entryLower) ? Identifiers.find(s) : List.<Identifiers.Found>of()) {
        b.identifier(f.id());
        cut(lead(f.start()), f.end());
      }
      String lower = entryLower;
      Matcher m;
      if (lower.contains("archived")) {
        m = ARCHIVED.matcher(skeleton.toString());
        while (m.find()) {
          archived = true;
          if (m.group(1) != null) {
            b.archiveDate = ReferenceDates.parse(m.group(1));
          }
          if (b.urlStatus == null) {
            // CS1 writes "from the original" when the original is dead (its default).
            b.urlStatus = m.group().toLowerCase(Locale.ROOT).contains("from the original") ? "dead" : "live";
          }
          cut(m.start(), m.end());
        }
      }
      if (containsAny(lower, "retrieved", "accessed", "viewed", "cited", "abgerufen", "zugriff",
          "consult")) {
        m = ACCESSED.matcher(skeleton.toString());
        while (m.find()) {
          String date = ReferenceDates.parse(m.group(1));
          if (date != null) {
            b.accessDate = b.accessDate == null ? date : b.accessDate;
            cut(m.start(), m.end());
          }
        }
      }
      if (lower.contains("http")) {
        m = URL.matcher(skeleton.toString());
        while (m.find()) {
          String u = m.group(1);
          if (!RESOLVER.matcher(u).find()) {
            url(u);
          }
          cut(lead(m.start()), m.end());
        }
      }
      boolean bracket = lower.indexOf('(') >= 0 || lower.indexOf('[') >= 0;
      if (bracket) {
        m = FORMAT.matcher(skeleton.toString());
        while (m.find()) {
          b.format = m.group(1).toUpperCase(Locale.ROOT);
          cut(m.start(), m.end());
        }
        m = LANGUAGE.matcher(skeleton.toString());
        while (m.find()) {
          String code = Languages.code(m.group(1));
          if (code != null) {
            b.language = b.language == null ? code : b.language;
            cut(m.start(), m.end());
          }
        }
      }
      if (lower.contains("needed]") || lower.contains("required") || lower.contains("(inactive")) {
        m = EDITOR_NOTE.matcher(skeleton.toString());
        while (m.find()) {
          cut(m.start(), m.end());
        }
      }
      if (lower.contains("dead link")) {
        m = DEAD.matcher(skeleton.toString());
        while (m.find()) {
          b.urlStatus = "dead";
          cut(m.start(), m.end());
        }
      }
      if (lower.indexOf('[') >= 0 || lower.contains("web.") || lower.contains("print.")) {
        m = MEDIUM.matcher(skeleton.toString());
        while (m.find()) {
          cut(m.start(), m.end());
        }
      }
      if (containsAny(lower, "thes", "dissert", "tesis", "doktor")) {
        m = THESIS.matcher(skeleton.toString());
        if (m.find()) {
          thesis = true;
          if (m.group(1) != null && b.publisher == null) {
            b.publisher = m.group(1).strip();
          }
          cut(m.start(), m.end());
        }
      }
      if (containsAny(lower, "report", "paper", "brief", "note", "tech. rep")) {
        m = REPORT.matcher(skeleton.toString());
        if (m.find()) {
          report = true;
          if (m.group().matches(".*\\d.*") || m.group().startsWith("Tech") || m.group().length() == skeleton.length()) {
            cut(m.start(), m.end());
          }
        }
      }
    }

    private static boolean containsAny(String s, String... needles) {
      for (String n : needles) {
        if (s.contains(n)) {
          return true;
        }
      }
      return false;
    }

    /** Where a cut should start: before a label that only introduces what is cut. */
    private int lead(int start) {
      Matcher l = URL_LEAD.matcher(skeleton).region(Math.max(0, start - 40), start);
      return l.find() ? l.start() : start;
    }

    private void cut(int start, int end) {
      for (int i = start; i < end; i++) {
        skeleton.setCharAt(i, CUT);
      }
    }

    /** Takes a URL: an archive copy's, a Wayback URL's original, or the work's own. */
    void url(String u) {
      if (ARCHIVE_HOST.matcher(u).find()) {
        if (b.archiveUrl == null) {
          b.archiveUrl = u;
          Matcher w = WAYBACK.matcher(u);
          if (w.matches()) {
            String ts = w.group(1);
            if (b.archiveDate == null) {
              b.archiveDate = CalendarDates.day(Integer.parseInt(ts.substring(0, 4)),
                  Integer.parseInt(ts.substring(4, 6)), Integer.parseInt(ts.substring(6, 8))).orElse(null);
            }
            if (b.url == null && skeleton.length() <= u.length() + 2) {
              b.url = w.group(2);
            }
          }
        }
      } else if (b.url == null) {
        b.url = u;
      }
    }


    /** Head, title and the remaining parts of a full reference. */
    void fields() {
      String s = normalize(skeleton.toString());
      if (s.isEmpty()) {
        return;
      }
      String body = head(s);
      body = title(body);
      List<String> parts = Segments.of(body);
      List<Part> classified = new ArrayList<>();
      for (String part : parts) {
        classified.add(classify(part));
      }
      assign(classified);
    }

    /** Cut marks with the punctuation around them become one boundary. */
    private static String normalize(String s) {
      if (s.indexOf(CUT) < 0) {
        return SPACES.matcher(s).replaceAll(" ").strip();
      }
      StringBuilder out = new StringBuilder(s.length());
      int n = s.length();
      int i = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == CUT) {
          // The cut and the punctuation and space around it become one boundary.
          int keep = out.length();
          while (keep > 0 && (out.charAt(keep - 1) == ' ' || ",;:".indexOf(out.charAt(keep - 1)) >= 0)) {
            keep--;
          }
          out.setLength(keep);
          while (i < n && (s.charAt(i) == CUT || Character.isWhitespace(s.charAt(i))
              || ".,;:".indexOf(s.charAt(i)) >= 0)) {
            i++;
          }
          if (keep > 0 && i < n) {
            out.append(CUT);
          }
          continue;
        }
        if (Character.isWhitespace(c)) {
          int last = out.length() - 1;
          if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != CUT) {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
        i++;
      }
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') {
        end--;
      }
      return out.substring(0, end);
    }

    /** Reads the authors and date at the head of the entry; returns the rest. */
    private String head(String s) {
      String t = s;
      Matcher ed = EDITOR_MARK.matcher(t);
      if (ed.lookingAt() && HEAD_PAREN.matcher(t.substring(ed.end()).strip()).lookingAt() == false) {
        ed = null;
      }
      if (ed != null && ed.lookingAt()) {
        t = ed.group(1) + " " + t.substring(ed.end()).strip();
      }
      Matcher m = HEAD_PAREN.matcher(t);
      if (t.indexOf('(') > 1 && m.lookingAt()) {
        String date = dateOf(m.group(2));
        if (date != null || isUndated(m.group(2))) {
          if (authors(m.group(1), true)) {
            b.date = date;
            // CS2 separates its fields with commas: "Rincon, Paul (8 April 2004), Claws …, BBC News".
            commaSeparated = m.group().strip().endsWith(",");
            return t.substring(m.end());
          }
          if (m.group(1).strip().endsWith(".")) {
            // APA without an author: the title comes first, then the date.
            b.title = cleanTitle(m.group(1));
            b.date = date;
            return t.substring(m.end());
          }
        }
      }
      m = HEAD_YEAR.matcher(t);
      if (hasDigit(t) && m.lookingAt() && authors(m.group(1), true)) {
        b.date = isUndated(m.group(2)) ? null : m.group(2).substring(0, 4);
        return t.substring(m.end());
      }
      int quote = firstQuote(t);
      if (quote > 0) {
        String before = t.substring(0, quote).strip().replaceAll("[.,:]$", "").strip();
        if (!before.isEmpty() && !before.contains(String.valueOf(CUT)) && authors(before, false)) {
          return t.substring(quote);
        }
      }
      m = HEAD_NOTE.matcher(t);
      if (m.lookingAt() && (m.group(1).matches(".*\\p{Lu}\\.\\s.*") || t.matches(".*\\([^()]*\\d{4}\\)[^()]*"))
          && authors(m.group(1), false)) {
        noteStyle = true;
        if (t.substring(0, m.end()).contains("et al")) {
          b.etAl = true;
        }
        return t.substring(m.end());
      }
      m = VANCOUVER_HEAD.matcher(t);
      if (m.lookingAt() && authors(m.group(1), false)) {
        return t.substring(m.end());
      }
      m = HEAD_COLON.matcher(t);
      int colon = t.indexOf(':');
      if (colon > 1 && colon < 125 && m.lookingAt() && m.group(1).contains(",") && persons(m.group(1)) && authors(m.group(1), false)) {
        return t.substring(m.end());
      }
      List<String> segs = Segments.of(t);
      if (segs.size() > 1) {
        String first = segs.get(0);
        if (first.contains(",") && !first.contains(String.valueOf(CUT)) && authors(first, false)) {
          int at = t.indexOf(first) + first.length();
          return t.substring(Math.min(t.length(), at + 1));
        }
      }
      return t;
    }

    private static boolean isUndated(String s) {
      return s.strip().matches("(?i)n\\.\\s?d\\.?|o\\.\\s?J\\.?|s\\.\\s?f\\.?|forthcoming|in press|undated|no date");
    }

    private static String dateOf(String text) {
      return hasDigit(text) ? ReferenceDates.parse(text) : null;
    }

    private static boolean hasDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    /** Reads an author list; {@code orOrganization} takes any short name as an organization. */
    private boolean authors(String block, boolean orOrganization) {
      AuthorNames.Parsed parsed = AuthorNames.parse(block);
      if (parsed == null) {
        String name = block.strip().replaceAll("[.,]+$", "");
        if (!orOrganization || name.isEmpty() || name.length() > 120 || name.split("\\s+").length > 12
            || name.contains(String.valueOf(CUT)) || Segments.of(name).size() > 1
            || !(Organizations.isOrganization(name) || Organizations.isNews(name) || titleCased(name))) {
          return false;
        }
        b.authors.add(Author.organization(name));
        return true;
      }
      b.authors.addAll(parsed.authors());
      b.etAl |= parsed.etAl();
      return true;
    }

    /** Whether every word but short function words is capitalized, as in a body's name. */
    private static boolean titleCased(String name) {
      for (String w : name.split("\\s+")) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
          return false;
        }
      }
      return true;
    }

    private static int firstQuote(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '“' || c == '«' || c == '„') {
          return i;
        }
        if ((c == '‘' || c == '\'') && (i == 0 || s.charAt(i - 1) == ' ') && closing(s, i) > 0) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the quote closing the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
      char c = s.charAt(open);
      if (c == '\'' || c == '‘') {
        for (int i = open + 1; i < s.length(); i++) {
          char d = s.charAt(i);
          if ((d == '\'' || d == '’') && (i + 1 == s.length() || " ,.:;".indexOf(s.charAt(i + 1)) >= 0)
              && i > open + 1 && s.charAt(i - 1) != 's') {
            return i;
          }
          if ((d == '\'' || d == '’') && i + 1 < s.length() && ",.".indexOf(s.charAt(i + 1)) >= 0) {
            return i;
          }
        }
        return -1;
      }
      char close = switch (c) {
        case '“' -> '”';
        case '«' -> '»';
        case '„' -> '“';
        default -> '"';
      };
      int at = s.indexOf(close, open + 1);
      if (at < 0 && c == '“') {
        at = s.indexOf('"', open + 1);
      }
      return at;
    }

    /** Reads the title at the start of {@code body}; returns what follows it. */
    private String title(String body) {
      String s = body.strip().replaceFirst("^[.,:;\\u0001\\s]+", "");
      if (s.isEmpty() || b.title != null) {
        return s;
      }
      s = EDITOR_BEFORE_TITLE.matcher(s).replaceFirst("");
      if (firstQuote(s) == 0) {
        int close = closing(s, 0);
        if (close > 0) {
          b.title = cleanTitle(s.substring(1, close));
          titleQuoted = true;
          String rest = s.substring(close + 1).strip();
          if (rest.startsWith("(")) {
            int end = rest.indexOf(')');
            String inside = end > 0 ? rest.substring(1, end) : "";
            if (end > 0 && dateOf(inside) != null && b.date == null) {
              b.date = dateOf(inside);
              rest = rest.substring(end + 1);
            }
          }
          return rest.replaceFirst("^[.,:;]+", "");
        }
      }
      if (commaSeparated && s.contains(", ")) {
        int comma = s.indexOf(", ");
        b.title = cleanTitle(s.substring(0, comma));
        return s.substring(comma + 2);
      }
      if (noteStyle) {
        int paren = s.indexOf(" (");
        int comma = s.indexOf(", ");
        int stop = segmentEnd(s);
        int end = paren > 0 && (comma < 0 || paren < comma) ? paren : comma > 0 ? comma : stop;
        end = Math.min(end, stop);
        b.title = cleanTitle(s.substring(0, end));
        String rest = s.substring(end).strip();
        if (rest.startsWith("(")) {
          int close = rest.indexOf(')');
          if (close > 0) {
            String inside = rest.substring(1, close);
            String after = rest.substring(close + 1).replaceFirst("^[,.:]\\s*", "").strip();
            if (after.matches("(?:pp?\\.\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?\\.?")) {
              Matcher pages = PAGES.matcher(after.replaceAll("\\.$", ""));
              b.pages = pages.matches() ? pages.group(1) : after.replaceAll("\\.$", "");
              after = "";
            }
            return inside + ". " + after;
          }
        }
        return rest.replaceFirst("^[,.]\\s*", "");
      }
      int end = segmentEnd(s);
      String title = s.substring(0, end);
      Matcher paren = TRAILING_PAREN.matcher(title);
      if (paren.find()) {
        boolean consumed = false;
        for (String item : paren.group(1).split(",\\s*")) {
          consumed |= detail(item.strip());
        }
        if (consumed) {
          title = title.substring(0, paren.start());
        }
      }
      b.title = cleanTitle(title);
      return end < s.length() ? s.substring(end + 1) : "";
    }

    /** Where the first field of {@code s} ends. */
    private static int segmentEnd(String s) {
      List<String> segs = Segments.of(s);
      if (segs.isEmpty()) {
        return s.length();
      }
      int at = s.indexOf(segs.get(0));
      return Math.min(s.length(), at + segs.get(0).length());
    }

    private static String cleanTitle(String t) {
      String s = t.strip().replaceAll("[.,:;]+$", "").strip();
      return s.isEmpty() ? null : s;
    }

    /** What one part of the entry is; details are taken into the work as they are found. */
    private Part classify(String part) {
      String s = part.strip();
      if (pendingContainer) {
        pendingContainer = false;
        Matcher paren = NAME_AND_PAREN.matcher(s);
        if (paren.matches()) {
          for (String item : paren.group(2).split(",\\s*")) {
            detail(item.strip());
          }
          s = paren.group(1);
        }
        if (b.container == null) {
          b.container = clean(s);
        }
        return Part.DONE;
      }
      Matcher in = IN.matcher(s);
      if (in.lookingAt()) {
        chapter = true;
        String rest = s.substring(in.end());
        Matcher eds = EDITORS_IN.matcher(rest);
        if (eds.lookingAt()) {
          String names = eds.group(1);
          int comma = names.indexOf(", ");
          boolean marked = rest.substring(names.length(), eds.end()).contains("(");
          if (marked ? AuthorNames.parse(names) != null : editorList(names)) {
            rest = rest.substring(eds.end());
          } else if (comma > 0 && editorList(names.substring(comma + 2))) {
            // "in Book Title, S. Hale, Ed." – the editors follow the book.
            rest = names.substring(0, comma) + ". " + rest.substring(eds.end());
          }
        }
        if (!eds.lookingAt()) {
          Matcher initials = TRAILING_INITIALS_EDITORS.matcher(rest);
          if (initials.lookingAt() && editorList(initials.group(1))) {
            // "In Wilson, D.E.; Reeder, D.M. Mammal Species …": the editors, then the book.
            rest = rest.substring(initials.end());
          } else if (!rest.contains(":") && AuthorNames.parse(rest) != null && titleCased(rest)) {
            // "In James Serpell." – the editors alone; the book is the next part.
            rest = "";
          }
        }
        rest = publicationBlock(rest);
        if (rest.isBlank()) {
          pendingContainer = true;
          return Part.DONE;
        }
        List<String> leading = items(rest);
        if (leading.size() >= 3 && !leading.get(0).contains(" ")) {
          AuthorNames.Parsed editor = AuthorNames.parse(leading.get(0) + ", " + leading.get(1));
          if (editor != null && editor.authors().size() == 1 && editor.authors().get(0).given() != null) {
            // "in Serpell, James, The Domestic Dog": one editor, then the book.
            rest = String.join(", ", leading.subList(2, leading.size()));
          }
        }
        List<String> inner = Segments.of(rest);
        if (inner.size() > 1) {
          rest = inner.get(0);
          for (String more : inner.subList(1, inner.size())) {
            Part p = classify(more);
            if (p.name() != null) {
              detailOrName(p.name(), false);
            }
          }
        }
        Matcher paren = NAME_AND_PAREN.matcher(rest);
        if (paren.matches()) {
          for (String item : paren.group(2).split(",\\s*")) {
            detail(item.strip());
          }
          rest = paren.group(1);
        }
        List<String> items = items(rest);
        String name = items.get(0);
        for (int i = 1; i < items.size(); i++) {
          detailOrName(items.get(i), true);
        }
        if (b.container == null) {
          b.container = clean(name);
        }
        return Part.DONE;
      }
      if (s.length() <= 5 && s.matches("\\d{1,4}[A-Z]?") && !s.matches("1[5-9]\\d\\d|20\\d\\d") && b.volume == null) {
        b.volume = s;
        journal = true;
        return Part.DONE;
      }
      Matcher le = LEADING_EDITION.matcher(s);
      if (le.matches()) {
        detail(le.group(1));
        return classify(le.group(2));
      }
      Matcher nvp = NAME_VOLUME_PAGES.matcher(s);
      if (nvp.matches() && !(nvp.group(3) != null && nvp.group(3).strip().matches("1[5-9]\\d\\d|20\\d\\d"))) {
        journal = true;
        if (b.container == null) {
          b.container = clean(nvp.group(1));
        }
        b.volume = nvp.group(2);
        b.issue = nvp.group(3) != null ? nvp.group(3).strip() : b.issue;
        b.pages = pages(nvp.group(4));
        return Part.DONE;
      }
      Matcher cj = CHICAGO_JOURNAL.matcher(s);
      if (cj.matches() && dateOf(cj.group(4)) != null && !cj.group(1).contains(":")) {
        journal = true;
        if (b.container == null) {
          b.container = clean(cj.group(1));
        }
        b.volume = cj.group(2);
        b.issue = cj.group(3) != null ? cj.group(3) : b.issue;
        b.date = b.date == null ? dateOf(cj.group(4)) : b.date;
        if (cj.group(5) != null) {
          b.pages = pages(cj.group(5));
        }
        return Part.DONE;
      }
      List<String> items = items(s);
      List<String> names = new ArrayList<>();
      boolean details = false;
      boolean journalBefore = journal;
      boolean edited = items.stream().anyMatch(i -> EDITED_BY.matcher(i).lookingAt());
      for (int n = 0; n < items.size(); n++) {
        String item = items.get(n);
        if (!names.isEmpty() && !details && b.volume == null && item.matches("\\d{1,4}") && n + 1 < items.size()
            && RANGE.matcher(items.get(n + 1).replaceFirst("^pp?\\.\\s*", "")).matches()) {
          b.volume = item;
          journal = true;
          details = true;
          continue;
        }
        if (!details && EDITED_BY.matcher(item).lookingAt() && !names.isEmpty()) {
          chapter = true;
          if (b.container == null) {
            b.container = clean(String.join(", ", names));
          }
          names.clear();
          details = true;
          continue;
        }
        if (!edited && !details && names.isEmpty() && item.contains(":") && !item.matches(".*\\d.*:.*")) {
          Matcher pp = PLACE_PUBLISHER.matcher(item);
          if (pp.matches() && pp.group(1).split("\\s+").length <= 4 && !Organizations.isNews(pp.group(2))) {
            b.place = pp.group(1).strip();
            b.publisher = b.publisher == null ? clean(pp.group(2)) : b.publisher;
            placeAndPublisher = true;
            details = true;
            continue;
          }
        }
        if (b.pages != null && n > 0 && PAGES.matcher(items.get(n - 1)).matches()
            && item.matches("\\d{1,5}(?:[–-]\\d{1,5})?") && !item.matches("1[5-9]\\d\\d|20\\d\\d")) {
          b.pages = b.pages + ", " + pages(item);
          continue;
        }
        if (detail(item)) {
          details = true;
        } else if (details && !names.isEmpty() || details) {
          detailOrName(item, false);
        } else {
          names.add(item);
        }
      }
      if (names.isEmpty()) {
        return Part.DONE;
      }
      if (commaSeparated && names.size() > 1) {
        // In CS2 each comma ends a field: work, then publisher.
        return new Part(clean(names.get(0)), names.subList(1, names.size()).stream().map(Parse::clean).toList());
      }
      String name = String.join(", ", names);
      Matcher trailing = TRAILING_PAREN.matcher(name);
      if (trailing.find() && detail(trailing.group(1))) {
        // "Oxford English Dictionary (3rd ed.)": the edition in brackets after a name.
        name = name.substring(0, trailing.start());
      }
      if (journal && !journalBefore && b.container == null) {
        // The name before a journal's volume and issue is the journal's.
        b.container = clean(name);
        return Part.DONE;
      }
      return new Part(clean(name));
    }

    /**
     * Takes a parenthetical publication block, {@code (Westmere: Quayside Press, 2010)}, out of
     * a part: its place, publisher and date go into the work.
     */
    private String publicationBlock(String part) {
      Matcher m = PUBLICATION_BLOCK.matcher(part);
      if (!m.find() || !m.group(1).contains(":")) {
        return part;
      }
      for (String item : items(m.group(1))) {
        if (!detail(item)) {
          detailOrName(item, false);
        }
      }
      return (part.substring(0, m.start()) + part.substring(m.end())).strip();
    }

    /** Whether {@code names} reads as a list of people (no organization among them). */
    private static boolean persons(String names) {
      AuthorNames.Parsed parsed = AuthorNames.parse(names);
      return parsed != null && parsed.authors().stream().noneMatch(Author::organization);
    }

    /** Whether every name of a list carries initials, as editors' names in a citation do. */
    private static boolean editorList(String names) {
      AuthorNames.Parsed parsed = AuthorNames.parse(names);
      return parsed != null && !parsed.authors().isEmpty() && parsed.authors().stream()
          .allMatch(a -> a.given() != null && INITIAL_IN.matcher(a.given()).find());
    }

    /** An item after the details have begun: a detail, an editor, or a publisher. */
    private void detailOrName(String item, boolean inLargerWork) {
      if (detail(item)) {
        return;
      }
      if (EDITED_BY.matcher(item).lookingAt() || item.matches("(?i)eds?\\.?|editors?")) {
        chapter |= item.toLowerCase(Locale.ROOT).startsWith("edited") || inLargerWork;
        String after = EDITED_BY.matcher(item).replaceFirst("");
        Matcher pp = PLACE_PUBLISHER.matcher(after);
        if (item.matches("(?i)^eds?\\.\\s+.+") && pp.matches()) {
          b.place = pp.group(1).strip();
          b.publisher = clean(pp.group(2));
          placeAndPublisher = true;
        }
        return;
      }
      if (AuthorNames.parse(item) != null && !Organizations.isOrganization(item) && inLargerWork) {
        return;
      }
      Matcher py = PLACE_YEAR.matcher(item);
      if (py.matches()) {
        b.place = b.place == null ? py.group(1) : b.place;
        b.date = b.date == null ? py.group(2) : b.date;
        return;
      }
      Matcher pp = PLACE_PUBLISHER.matcher(item);
      if (pp.matches() && pp.group(1).split("\\s+").length <= 4) {
        b.place = pp.group(1).strip();
        b.publisher = b.publisher == null ? clean(pp.group(2)) : b.publisher;
        placeAndPublisher = true;
        return;
      }
      if (b.publisher == null) {
        b.publisher = clean(item);
      }
    }

    /** Takes one detail item (volume, issue, pages, edition, date); false if it is none. */
    private boolean detail(String item) {
      String s = item.strip().replaceAll("[.,;]+$", "");
      if (s.isEmpty()) {
        return true;
      }
      Matcher m;
      if (!hasDigit(s)) {
        if ((m = EDITION.matcher(s)).matches()) {
          b.edition = edition(m.group(1) != null ? m.group(1) : m.group(2));
          return true;
        }
        return s.regionMatches(true, 0, "suppl", 0, 5);
      }
      if ((m = VANCOUVER_DETAILS.matcher(s)).matches()) {
        String date = dateOf(m.group(1));
        if (date != null) {
          b.date = b.date == null ? date : b.date;
          for (String rest : m.group(2).split(";\\s*")) {
            if (!volumeIssue(rest.strip())) {
              detail(rest);
            }
          }
          journal = true;
          return true;
        }
      }
      if ((m = VOLUME.matcher(s)).matches()) {
        b.volume = m.group(1);
        journal = true;
        return true;
      }
      if ((m = ISSUE.matcher(s)).matches()) {
        b.issue = m.group(1);
        journal = true;
        return true;
      }
      if ((m = PAGES.matcher(s)).matches()) {
        b.pages = pages(m.group(1));
        return true;
      }
      if ((m = EDITION.matcher(s)).matches()) {
        b.edition = edition(m.group(1) != null ? m.group(1) : m.group(2));
        return true;
      }
      if (s.matches("(?i)supplement\\s*\\w*|suppl\\.?\\s*\\w*")) {
        return true;
      }
      if (RANGE.matcher(s).matches() && (journal || chapter)) {
        b.pages = pages(s);
        return true;
      }
      if (volumeIssue(s)) {
        return true;
      }
      String date = dateOf(s);
      if (date != null) {
        // A fuller date of the same year (a news item's day after an author–date year) wins.
        b.date = b.date == null || (date.startsWith(b.date) && date.length() > b.date.length()) ? date : b.date;
        return true;
      }
      if (s.matches("e\\d{3,}") && journal) {
        b.pages = s;
        return true;
      }
      return false;
    }

    /** {@code 12(3)}, {@code 12 (3): 45–61}, {@code 40:339-344}; a bare number is not enough. */
    private boolean volumeIssue(String s) {
      Matcher m = VOL_ISSUE.matcher(s);
      if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
        return false;
      }
      if (m.group(2) != null && m.group(3) == null && s.matches("\\d{4}\\s*\\(.*")) {
        return false;
      }
      b.volume = m.group(1);
      if (m.group(2) != null) {
        b.issue = m.group(2).strip();
      }
      if (m.group(3) != null) {
        b.pages = pages(m.group(3));
      }
      journal = true;
      return true;
    }

    private static String pages(String raw) {
      return raw.strip().replaceAll("\\s*[-–—]\\s*", "–").replaceAll("[.,;]+$", "");
    }

    private static String edition(String raw) {
      String s = raw.strip().replaceAll("\\.$", "");
      if (s.matches("\\d+")) {
        int n = Integer.parseInt(s);
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
        return n + suffix;
      }
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "first" -> "1st";
        case "second" -> "2nd";
        case "third" -> "3rd";
        case "fourth" -> "4th";
        case "fifth" -> "5th";
        case "sixth" -> "6th";
        case "rev" -> "Revised";
        default -> Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
      };
    }

    /** Items of a part, split at commas and semicolons outside brackets. */
    private static List<String> items(String s) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '(' || c == '[') {
          depth++;
        } else if ((c == ')' || c == ']') && depth > 0) {
          depth--;
        } else if ((c == ';' || (c == ',' && (i + 1 == s.length() || s.charAt(i + 1) == ' '))) && depth == 0) {
          out.add(s.substring(start, i).strip());
          start = i + 1;
        }
      }
      out.add(s.substring(start).strip());
      out.removeIf(String::isEmpty);
      for (int i = out.size() - 2; i >= 0; i--) {
        boolean date = MONTH_DAY.matcher(out.get(i)).matches() && out.get(i + 1).matches("\\d{4}");
        // "London, Eng: Pelham", "Cambridge, MA: MIT Press": a place with its region.
        boolean region = !out.get(i).contains(":") && out.get(i).matches("\\p{Lu}[\\p{L} ]{1,30}")
            && out.get(i + 1).matches("\\p{Lu}[\\p{L}.]{1,12}:\\s.+");
        if (date || region) {
          out.set(i, out.get(i) + ", " + out.remove(i + 1));
        }
      }
      if (out.isEmpty()) {
        out.add(s.strip());
      }
      return out;
    }

    private static String clean(String s) {
      String t = s.strip().replaceAll("^[,.:;]+|[,.:;]+$", "").strip();
      return t.isEmpty() ? null : t;
    }

    /** Names left over become the container and the publisher. */
    private void assign(List<Part> parts) {
      List<String> names = new ArrayList<>();
      for (Part p : parts) {
        if (p.name() != null) {
          names.add(p.name());
          names.addAll(p.more());
        }
      }
      boolean partOfWhole = titleQuoted || journal || chapter;
      if (journal && b.container == null && !names.isEmpty()) {
        // The name before a journal's volume and issue is the journal's, whatever its words.
        b.container = names.remove(0);
      }
      if (names.size() == 1 && b.has("isbn") && !chapter && b.publisher == null) {
        // "Title". Name. ISBN …: a book and its publisher; a chapter names its book too.
        b.publisher = names.get(0);
        return;
      }
      for (String name : names) {
        if (b.publisher == null && names.size() == 1 && DOMAIN.matcher(name).matches()) {
          b.publisher = name;
          continue;
        }
        boolean organization = Organizations.isOrganization(name) && !Organizations.isNews(name)
            && !name.matches("(?i).*\\b(?:journal|review|quarterly|proceedings|bulletin|magazine|annals|letters)\\b.*");
        if (b.container == null && !organization && (partOfWhole || Organizations.isNews(name)
            || (b.url != null && !b.has("isbn") && b.publisher == null && !placeAndPublisher))) {
          b.container = name;
        } else if (b.publisher == null && !(thesis && b.publisher != null)) {
          b.publisher = name;
        } else if (b.container == null) {
          b.container = name;
        }
      }
    }

    /** The kind the fields point to, most specific evidence first. */
    ReferenceKind kind() {
      if (thesis) {
        return ReferenceKind.THESIS;
      }
      if (chapter || (b.has("isbn") && b.container != null)) {
        return b.container != null ? ReferenceKind.CHAPTER : ReferenceKind.BOOK;
      }
      boolean online = b.url != null || b.accessDate != null || archived;
      // Issued by a body rather than a publisher: a report when nothing marks it as a web page
      // (a report number, a JSTOR research report, a PDF, no URL, or a bare year of issue).
      boolean reportLike = report || "PDF".equals(b.format) || !online
          || b.identifiers.getOrDefault("jstor", List.of()).stream().anyMatch(id -> id.startsWith("resrep"))
          || (b.date != null && b.date.length() == 4 && b.accessDate == null && !archived);
      boolean institutionalPublisher = b.publisher != null && Organizations.isOrganization(b.publisher)
          && !Organizations.isNews(b.publisher) && !Organizations.isBookPublisher(b.publisher);
      boolean byOrganization = b.authors.size() == 1 && b.authors.get(0).organization()
          && !Organizations.isNews(b.authors.get(0).family());
      boolean catalogued = b.has("isbn") || b.has("oclc") || b.has("lccn");
      if (journal || b.has("issn") || b.has("pmid") || b.has("pmc")
          || (b.has("doi") && b.container != null)) {
        return ReferenceKind.JOURNAL;
      }
      if (!catalogued && b.container == null && reportLike && (institutionalPublisher || byOrganization)) {
        return ReferenceKind.REPORT;
      }
      if (catalogued || (placeAndPublisher && b.container == null && !report)) {
        return ReferenceKind.BOOK;
      }
      if (b.container != null && Organizations.isNews(b.container) && !b.container.contains("Blog")) {
        return ReferenceKind.NEWS;
      }
      if (report) {
        return ReferenceKind.REPORT;
      }
      if (online) {
        return ReferenceKind.WEB;
      }
      if (b.has("arxiv")) {
        return ReferenceKind.REPORT;
      }
      return b.publisher != null ? ReferenceKind.BOOK : ReferenceKind.OTHER;
    }

  }

  /** A part of an entry after its details were taken: the name left in it, or null. */
  private record Part(String name, List<String> more) {
    static final Part DONE = new Part(null);

    Part(String name) {
      this(name, List.of());
    }
  }
}
