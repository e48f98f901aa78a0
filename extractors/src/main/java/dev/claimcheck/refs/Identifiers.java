package dev.claimcheck.refs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes and validates bibliographic identifiers. A value that fails its check is still
 * returned, with {@link Checked#valid()} false, so that users can see and fix it. Thread-safe.
 */
public final class Identifiers {
  private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
  private static final Pattern DOI_PREFIX =
      Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

  private Identifiers() {}

  /**
   * A normalized identifier and whether it passed validation.
   *
   * @param value the normalized value
   * @param valid whether it passed its check (check digit, syntax)
   * @param problem why it failed, or null
   */
  public record Checked(String value, boolean valid, String problem) {}

  /** An ISBN-10 or ISBN-13 as 13 digits; the check digit verified. */
  public static Checked isbn(String raw) {
    String digits = raw.replaceAll("[\\s\\u00a0‐-―-]", "").toUpperCase(Locale.ROOT);
    if (digits.matches("\\d{9}[\\dX]")) {
      if (!isbn10Valid(digits)) {
        return new Checked(digits, false, "ISBN " + raw.strip() + " has a bad check digit");
      }
      String core = "978" + digits.substring(0, 9);
      return new Checked(core + isbn13CheckDigit(core), true, null);
    }
    if (digits.matches("97[89]\\d{10}")) {
      boolean ok = isbn13CheckDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
      return new Checked(digits, ok, ok ? null : "ISBN " + raw.strip() + " has a bad check digit");
    }
    return new Checked(digits, false, "ISBN " + raw.strip() + " is neither 10 nor 13 digits");
  }

  /** An ISSN as {@code NNNN-NNNC}; the check digit verified. */
  public static Checked issn(String raw) {
    String digits = raw.replaceAll("[\\s‐-―-]", "").toUpperCase(Locale.ROOT);
    if (!digits.matches("\\d{7}[\\dX]")) {
      return new Checked(raw.strip(), false, "ISSN " + raw.strip() + " is not 8 characters");
    }
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (digits.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    String value = digits.substring(0, 4) + "-" + digits.substring(4);
    boolean ok = expected == digits.charAt(7);
    return new Checked(value, ok, ok ? null : "ISSN " + raw.strip() + " has a bad check digit");
  }

  /** A DOI without resolver prefix or trailing punctuation, lower-cased; syntax verified. */
  public static Checked doi(String raw) {
    String value = DOI_PREFIX.matcher(raw.strip()).replaceFirst("")
        .replaceAll("[.,;:]+$", "")
        .toLowerCase(Locale.ROOT);
    boolean ok = DOI.matcher(value).matches();
    return new Checked(value, ok, ok ? null : "DOI " + raw.strip() + " is not of the form 10.NNNN/suffix");
  }

  /** An OCLC number: digits only, without an {@code ocm}/{@code ocn}/{@code on} prefix. */
  public static Checked oclc(String raw) {
    String value = raw.strip().replaceFirst("(?i)^(?:\\(OCoLC\\)|ocm|ocn|on)", "");
    boolean ok = value.matches("\\d{1,12}");
    return new Checked(value, ok, ok ? null : "OCLC " + raw.strip() + " is not a number");
  }

  /** A JSTOR stable id (a number or an id such as {@code resrep25132}). */
  public static Checked jstor(String raw) {
    String value = raw.strip().replaceFirst("(?i)^https?://(?:www\\.)?jstor\\.org/stable/", "");
    boolean ok = value.matches("[A-Za-z0-9.]+");
    return new Checked(value, ok, ok ? null : "JSTOR " + raw.strip() + " is not a stable id");
  }

  /** Finds the first ISBN-like run in text, for references that give "ISBN 978-…". */
  public static String isbnToken(String text) {
    Matcher m = Pattern.compile("(97[89][\\d\\s\\u00a0‐-―-]{10,16}[\\dX]|\\d[\\d\\s\\u00a0‐-―-]{8,11}[\\dX])")
        .matcher(text);
    return m.find() ? m.group(1) : text.strip();
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
