package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.Identifiers;
import dev.claimcheck.refs.Languages;
import dev.claimcheck.refs.ReferenceDates;
import dev.claimcheck.refs.WorkBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can stand anywhere in an entry, read first and cut out of its text so that the head,
 * title and parts are read without it: identifiers, URLs, archive and access notes, format,
 * language, dead-link tags, editors' notes, media labels, and the thesis and report marks.
 *
 * @param archiveDate the date of the last "Archived … on" note, or null
 * @param archiveStatus "dead" or "live" as the first archive note says, or null
 * @param accessDate the first access date ("Retrieved …"), or null
 * @param urls the work's URLs as they stand, resolvers (doi.org and the like) left out
 * @param format the last file format named ("PDF"), or null
 * @param language the first language named, as its code, or null
 * @param deadLink whether a dead-link tag was found
 * @param thesisPublisher the institution a thesis mark names, or null
 * @param signs what the notes say of the kind: archived, thesis, report
 */
record EntryNotes(List<Identifiers.Checked> identifiers, String archiveDate, String archiveStatus,
    String accessDate, List<String> urls, String format, String language, boolean deadLink,
    String thesisPublisher, Set<Sign> signs) {
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
  private static final Pattern EDITOR_NOTE = Pattern.compile(
      "\\[(?:page|pages|year|full citation|verification|clarification|ISBN) needed]"
          + "|\\((?:Subscription|Registration|Free registration)[^)]{0,80}required\\.?\\)|\\(inactive [^)]{1,20}\\)");

  EntryNotes {
    identifiers = List.copyOf(identifiers);
    urls = List.copyOf(urls);
    signs = Set.copyOf(signs);
  }

  /** Reads the notes of {@code skeleton}'s entry and cuts them out of it. */
  static EntryNotes takeFrom(Skeleton skeleton) {
    String lower = skeleton.text().toLowerCase(Locale.ROOT);
    List<Identifiers.Checked> ids = new ArrayList<>();
    for (Identifiers.Found f : Identifiers.mayHold(lower) ? Identifiers.find(skeleton.text()) : List.<Identifiers.Found>of()) {
      ids.add(f.id());
      skeleton.cut(skeleton.lead(f.start()), f.end());
    }
    Set<Sign> signs = EnumSet.noneOf(Sign.class);
    String archiveDate = null;
    String archiveStatus = null;
    Matcher m;
    if (lower.contains("archived")) {
      m = ARCHIVED.matcher(skeleton.text());
      while (m.find()) {
        signs.add(Sign.ARCHIVED);
        if (m.group(1) != null) {
          archiveDate = ReferenceDates.parse(m.group(1));
        }
        if (archiveStatus == null) {
          // CS1 writes "from the original" when the original is dead (its default).
          archiveStatus = m.group().toLowerCase(Locale.ROOT).contains("from the original") ? "dead" : "live";
        }
        skeleton.cut(m.start(), m.end());
      }
    }
    String accessDate = null;
    if (containsAny(lower, "retrieved", "accessed", "viewed", "cited", "abgerufen", "zugriff",
        "consult")) {
      m = ACCESSED.matcher(skeleton.text());
      while (m.find()) {
        String date = ReferenceDates.parse(m.group(1));
        if (date != null) {
          accessDate = accessDate == null ? date : accessDate;
          skeleton.cut(m.start(), m.end());
        }
      }
    }
    List<String> urls = new ArrayList<>();
    if (lower.contains("http")) {
      m = URL.matcher(skeleton.text());
      while (m.find()) {
        String u = m.group(1);
        if (!RESOLVER.matcher(u).find()) {
          urls.add(u);
        }
        skeleton.cut(skeleton.lead(m.start()), m.end());
      }
    }
    String format = null;
    String language = null;
    if (lower.indexOf('(') >= 0 || lower.indexOf('[') >= 0) {
      m = FORMAT.matcher(skeleton.text());
      while (m.find()) {
        format = m.group(1).toUpperCase(Locale.ROOT);
        skeleton.cut(m.start(), m.end());
      }
      m = LANGUAGE.matcher(skeleton.text());
      while (m.find()) {
        String code = Languages.code(m.group(1));
        if (code != null) {
          language = language == null ? code : language;
          skeleton.cut(m.start(), m.end());
        }
      }
    }
    if (lower.contains("needed]") || lower.contains("required") || lower.contains("(inactive")) {
      cutAll(EDITOR_NOTE, skeleton);
    }
    boolean deadLink = lower.contains("dead link") && cutAll(DEAD, skeleton);
    if (lower.indexOf('[') >= 0 || lower.contains("web.") || lower.contains("print.")) {
      cutAll(MEDIUM, skeleton);
    }
    String thesisPublisher = null;
    if (containsAny(lower, "thes", "dissert", "tesis", "doktor")) {
      m = THESIS.matcher(skeleton.text());
      if (m.find()) {
        signs.add(Sign.THESIS);
        thesisPublisher = m.group(1) != null ? m.group(1).strip() : null;
        skeleton.cut(m.start(), m.end());
      }
    }
    if (containsAny(lower, "report", "paper", "brief", "note", "tech. rep")) {
      m = REPORT.matcher(skeleton.text());
      if (m.find()) {
        signs.add(Sign.REPORT);
        if (m.group().matches(".*\\d.*") || m.group().startsWith("Tech") || m.group().length() == skeleton.length()) {
          skeleton.cut(m.start(), m.end());
        }
      }
    }
    return new EntryNotes(ids, archiveDate, archiveStatus, accessDate, urls, format, language, deadLink,
        thesisPublisher, signs);
  }

  /** Puts the notes into a work being built, in the order they were read. */
  void applyTo(WorkBuilder b, int entryLength) {
    identifiers.forEach(b::identifier);
    if (archiveDate != null) {
      b.archiveDate(archiveDate);
    }
    if (archiveStatus != null) {
      b.urlStatus(archiveStatus);
    }
    b.accessDate(accessDate);
    for (String u : urls) {
      Urls.take(b, u, entryLength);
    }
    b.format(format);
    b.language(language);
    if (deadLink) {
      b.urlStatus("dead");
    }
    if (thesisPublisher != null) {
      b.publisher(thesisPublisher);
    }
  }

  /** Cuts every match of {@code p}; whether there was one. */
  private static boolean cutAll(Pattern p, Skeleton skeleton) {
    Matcher m = p.matcher(skeleton.text());
    boolean any = false;
    while (m.find()) {
      any = true;
      skeleton.cut(m.start(), m.end());
    }
    return any;
  }

  private static boolean containsAny(String s, String... needles) {
    for (String n : needles) {
      if (s.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
