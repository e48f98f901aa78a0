package dev.claimcheck.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, normalizes and validates bibliographic identifiers: ISBN, ISSN, DOI, OCLC, JSTOR,
 * PMID, PMCID, arXiv, LCCN, Handle, Bibcode and S2CID. A value that fails its check is still
 * returned, with {@link Checked#valid()} false, so that users can see and fix it. Thread-safe.
 */
public final class Identifiers {
  private static final String DASHES = "\\s\\u00a0‐-―-";
  private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
  private static final Pattern DOI_PREFIX = Pattern.compile(
      "^(?:https?://(?:dx\\.|www\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISBN_TOKEN = Pattern.compile(
      "(97[89][" + DASHES + "]{0,2}(?:\\d[" + DASHES + "]{0,2}){9}\\d|(?:\\d[" + DASHES + "]{0,2}){9}[\\dXx])(?![\\d])");
  private static final Pattern ARXIV_NEW = Pattern.compile("^(\\d{4}\\.\\d{4,5})(v\\d+)?$");
  private static final Pattern ARXIV_OLD =
      Pattern.compile("^([a-z]+(?:-[a-z]+)?(?:\\.[A-Z]{2})?/\\d{7})(v\\d+)?$");
  private static final Pattern BIBCODE =
      Pattern.compile("^\\d{4}[A-Za-z&.]{5}[A-Za-z0-9.]{4}[A-Za-z.][0-9.]{4}[A-Z.]$");

  /**
   * Identifiers as written in a reference: a label and a value, or a resolver URL. Group 1 is
   * the scheme word, group 2 its value; group 3 a DOI, 4 a PMID, 5 a PMCID, 6 an arXiv id,
   * 7 a JSTOR id, 8 a Handle given by URL.
   */
  private static final Pattern WRITTEN = Pattern.compile(
      "\\b(ISBN(?:-1[03])?|e?ISSN|OCLC|JSTOR|PMID|PMCID|PMC|arXiv|Bibcode|LCCN|hdl|S2CID)"
          + "(?:\\s*(?:No\\.?|number))?[:\\s\\u00a0]\\s*(?!https?:)([\\p{Alnum}][^\\s,;]*(?:[" + DASHES + "][\\dXx][\\d" + DASHES + "Xx]*)*)"
          + "|(?:\\b(?:doi|DOI)(?:\\s*:|\\s)\\s*(?:https?://(?:dx\\.|www\\.)?doi\\.org/)?|https?://(?:dx\\.|www\\.)?doi\\.org/|\\b(?=10\\.\\d{4,9}/))"
          + "(10\\.\\d{4,9}/[^\\s\"<>]+)"
          + "|https?://(?:www\\.)?(?:ncbi\\.nlm\\.nih\\.gov/(?:pubmed|labs/articles)|pubmed\\.ncbi\\.nlm\\.nih\\.gov)/(\\d{1,9})/?"
          + "|https?://(?:www\\.)?ncbi\\.nlm\\.nih\\.gov/pmc/articles/(PMC\\d{3,9})/?"
          + "|https?://arxiv\\.org/(?:abs|pdf)/(\\S+?)(?:\\.pdf)?(?=[\\s,;]|$)"
          + "|https?://(?:www\\.)?jstor\\.org/stable/(\\w+)/?"
          + "|https?://hdl\\.handle\\.net/(\\S+)",
      Pattern.CASE_INSENSITIVE);

  private Identifiers() {}

  /**
   * A normalized identifier and whether it passed validation.
   *
   * @param scheme the scheme's output name ({@code isbn}, {@code doi}, …)
   * @param value the normalized value
   * @param valid whether it passed its check (check digit, syntax)
   * @param problem why it failed, or null
   */
  public record Checked(String scheme, String value, boolean valid, String problem) {

    static Checked ok(String scheme, String value) {
      return new Checked(scheme, value, true, null);
    }

    static Checked bad(String scheme, String value, String problem) {
      return new Checked(scheme, value, false, problem);
    }

    static Checked of(String scheme, String value, boolean valid, String problem) {
      return valid ? ok(scheme, value) : bad(scheme, value, problem);
    }
  }

  /**
   * An identifier found in a text.
   *
   * @param id the identifier
   * @param start where its label (or resolver URL) starts
   * @param end where its value ends
   */
  public record Found(Checked id, int start, int end) {}

  private static final String[] LABELS = {"isbn", "issn", "oclc", "jstor", "pmid", "pmc", "arxiv",
      "bibcode", "lccn", "hdl", "s2cid", "doi", "10.", "ncbi.nlm.nih.gov", "handle.net"};

  /** Whether lower-cased {@code text} may hold an identifier at all: a cheap test before {@link #find}. */
  public static boolean mayHold(String lower) {
    for (String label : LABELS) {
      if (lower.contains(label)) {
        return true;
      }
    }
    return false;
  }

  /** Every identifier written in {@code text}, in order. */
  public static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = WRITTEN.matcher(text);
    while (m.find()) {
      Checked id;
      int end = m.end();
      if (m.group(1) != null) {
        String value = m.group(2);
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (scheme.startsWith("isbn")) {
          Matcher digits = ISBN_TOKEN.matcher(text).region(m.start(2), Math.min(text.length(), m.start(2) + 24));
          if (!digits.lookingAt()) {
            continue;
          }
          value = digits.group(1);
          end = digits.end();
        } else {
          String trimmed = trimEnd(value);
          end = m.start(2) + trimmed.length();
          value = trimmed;
        }
        id = of(scheme, value);
      } else if (m.group(3) != null) {
        String value = trimEnd(m.group(3));
        end = m.start(3) + value.length();
        id = doi(value);
      } else if (m.group(4) != null) {
        id = pmid(m.group(4));
      } else if (m.group(5) != null) {
        id = pmcid(m.group(5));
      } else if (m.group(6) != null) {
        id = arxiv(trimEnd(m.group(6)));
      } else if (m.group(7) != null) {
        id = jstor(m.group(7));
      } else {
        id = handle(trimEnd(m.group(8)));
      }
      if (id != null) {
        out.add(new Found(id, m.start(), end));
      }
    }
    return out;
  }

  /** The identifier of {@code scheme} (a label as written: {@code ISBN}, {@code PMC}, …). */
  public static Checked of(String scheme, String raw) {
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "isbn", "isbn-10", "isbn-13" -> isbn(raw);
      case "issn", "eissn" -> issn(raw);
      case "doi" -> doi(raw);
      case "oclc" -> oclc(raw);
      case "jstor" -> jstor(raw);
      case "pmid" -> pmid(raw);
      case "pmc", "pmcid" -> pmcid(raw);
      case "arxiv" -> arxiv(raw);
      case "lccn" -> lccn(raw);
      case "hdl" -> handle(raw);
      case "bibcode" -> bibcode(raw);
      case "s2cid" -> number("s2cid", "S2CID", raw);
      default -> null;
    };
  }

  /** An ISBN-10 or ISBN-13 as 13 digits; the check digit verified. */
  public static Checked isbn(String raw) {
    String digits = raw.replaceAll("[" + DASHES + "]", "").toUpperCase(Locale.ROOT);
    if (digits.matches("\\d{9}[\\dX]")) {
      if (!isbn10Valid(digits)) {
        return Checked.bad("isbn", digits, "ISBN " + raw.strip() + " has a bad check digit");
      }
      String core = "978" + digits.substring(0, 9);
      return Checked.ok("isbn", core + isbn13CheckDigit(core));
    }
    if (digits.matches("97[89]\\d{10}")) {
      boolean ok = isbn13CheckDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
      return Checked.of("isbn", digits, ok, "ISBN " + raw.strip() + " has a bad check digit");
    }
    return Checked.bad("isbn", digits, "ISBN " + raw.strip() + " is neither 10 nor 13 digits");
  }

  /** An ISSN as {@code NNNN-NNNC}; the check digit verified. */
  public static Checked issn(String raw) {
    String digits = raw.replaceAll("[" + DASHES + "]", "").toUpperCase(Locale.ROOT);
    if (!digits.matches("\\d{7}[\\dX]")) {
      return Checked.bad("issn", raw.strip(), "ISSN " + raw.strip() + " is not 8 characters");
    }
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (digits.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    String value = digits.substring(0, 4) + "-" + digits.substring(4);
    return Checked.of("issn", value, expected == digits.charAt(7),
        "ISSN " + raw.strip() + " has a bad check digit");
  }

  /** A DOI without resolver prefix or trailing punctuation, lower-cased; syntax verified. */
  public static Checked doi(String raw) {
    String value = trimEnd(DOI_PREFIX.matcher(raw.strip()).replaceFirst("")).toLowerCase(Locale.ROOT);
    return Checked.of("doi", value, DOI.matcher(value).matches(),
        "DOI " + raw.strip() + " is not of the form 10.NNNN/suffix");
  }

  /** An OCLC number: digits only, without an {@code ocm}/{@code ocn}/{@code on} prefix. */
  public static Checked oclc(String raw) {
    String value = raw.strip().replaceFirst("(?i)^(?:\\(OCoLC\\)|ocm|ocn|on)", "");
    return Checked.of("oclc", value, value.matches("\\d{1,12}"), "OCLC " + raw.strip() + " is not a number");
  }

  /** A JSTOR stable id (a number or an id such as {@code resrep25132}). */
  public static Checked jstor(String raw) {
    String value = raw.strip().replaceFirst("(?i)^https?://(?:www\\.)?jstor\\.org/stable/", "");
    return Checked.of("jstor", value, value.matches("[A-Za-z0-9.]+"),
        "JSTOR " + raw.strip() + " is not a stable id");
  }

  /** A PubMed id: a number of up to 8 digits. */
  public static Checked pmid(String raw) {
    return number("pmid", "PMID", raw);
  }

  /** A PubMed Central id as {@code PMC} and its number. */
  public static Checked pmcid(String raw) {
    String digits = raw.strip().replaceFirst("(?i)^PMC", "");
    boolean ok = digits.matches("\\d{1,9}");
    return Checked.of("pmc", "PMC" + digits, ok, "PMCID " + raw.strip() + " is not PMC and a number");
  }

  /** An arXiv id, new ({@code 1805.05865}) or old ({@code hep-th/9901001}) form, version dropped. */
  public static Checked arxiv(String raw) {
    String value = raw.strip().replaceFirst("(?i)^arxiv:", "");
    Matcher n = ARXIV_NEW.matcher(value);
    if (n.matches()) {
      int month = Integer.parseInt(value.substring(2, 4));
      boolean ok = month >= 1 && month <= 12 && (n.group(1).length() == 9 || value.compareTo("1501") >= 0);
      return Checked.of("arxiv", n.group(1), ok, "arXiv " + raw.strip() + " has no such month or length");
    }
    Matcher o = ARXIV_OLD.matcher(value);
    if (o.matches()) {
      return Checked.ok("arxiv", o.group(1));
    }
    return Checked.bad("arxiv", value, "arXiv " + raw.strip() + " is neither YYMM.NNNNN nor archive/YYMMNNN");
  }

  /**
   * A Library of Congress control number, normalized as the Library does: spaces gone, the
   * part after a hyphen padded to six digits.
   */
  public static Checked lccn(String raw) {
    String value = raw.strip().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    int dash = value.indexOf('-');
    if (dash > 0) {
      String serial = value.substring(dash + 1);
      value = value.substring(0, dash) + "0".repeat(Math.max(0, 6 - serial.length())) + serial;
    }
    boolean ok = value.matches("[a-z]{0,3}(?:\\d{2}|\\d{4})\\d{6}");
    return Checked.of("lccn", value, ok, "LCCN " + raw.strip() + " is not prefix, year and serial");
  }

  /** A Handle ({@code 10013/epic.12345}): a naming authority and a local name. */
  public static Checked handle(String raw) {
    String value = raw.strip().replaceFirst("(?i)^(?:hdl:|https?://hdl\\.handle\\.net/)", "");
    return Checked.of("hdl", value, value.matches("[\\d.]+/\\S+"), "Handle " + raw.strip() + " has no prefix/suffix");
  }

  /** An ADS Bibcode: 19 characters, year first. */
  public static Checked bibcode(String raw) {
    String value = raw.strip();
    return Checked.of("bibcode", value, BIBCODE.matcher(value).matches(),
        "Bibcode " + raw.strip() + " is not 19 characters starting with a year");
  }

  private static Checked number(String scheme, String label, String raw) {
    String value = raw.strip();
    return Checked.of(scheme, value, value.matches("\\d{1,12}"), label + " " + value + " is not a number");
  }

  /** Trailing punctuation off an identifier; a closing bracket only when it has no opener. */
  private static String trimEnd(String value) {
    int end = value.length();
    while (end > 0) {
      char c = value.charAt(end - 1);
      if (".,;:'\"”’".indexOf(c) >= 0) {
        end--;
      } else if ((c == ')' || c == ']') && count(value, end, c == ')' ? '(' : '[') < count(value, end, c)) {
        end--;
      } else {
        break;
      }
    }
    return value.substring(0, end);
  }

  private static int count(String s, int end, char c) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static boolean isbn10Valid(String digits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = digits.charAt(i);
      int v = c == 'X' ? 10 : c - '0';
      sum += v * (10 - i);
    }
    return sum % 11 == 0;
  }

  private static int isbn13CheckDigit(String first12) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
  }
}
