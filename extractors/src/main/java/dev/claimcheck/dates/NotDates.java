package dev.claimcheck.dates;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a four-digit number is a year or something that only looks like one: a page, a
 * volume or an issue of a cited article, an id, a price or an amount, a count, a phone number, a street
 * number, a model or room number. {@link NamesNotDates} says whether a time word is part of a
 * name. Thread-safe.
 */
final class NotDates {
  /** Words after which a number is a label, not a year ("No. 2010", "Flight 1549"). */
  private static final Set<String> LABELS = Set.of(
      "no.", "no", "nos.", "number", "p.", "pp.", "p", "pp", "page", "pages", "vol.", "vol",
      "volume", "issue", "isbn", "issn", "oclc", "jstor", "pmid", "doi", "room", "suite", "apt.",
      "flight", "route", "highway", "interstate", "chapter", "section", "sec.", "article", "art.",
      "rule", "model", "form", "box", "unit", "platform", "gate", "bus", "line", "building",
      "code", "windows", "version", "ver.", "release", "patch", "build", "item", "exhibit", "table",
      "figure", "fig.", "part", "step", "level", "grade", "channel", "track", "lot", "plot",
      "sheet", "block", "hwy", "rte", "catalogue", "cat.", "opus", "op.", "bwv", "k.", "ps.",
      "psalm", "hymn", "id", "ticket", "tel.", "tel", "phone", "fax", "ext.", "pin", "zip",
      "postcode", "score", "scored", "rated", "ranked", "rank", "elo", "ratio", "paragraph",
      "para.", "clause", "verse", "col.", "column", "row", "series", "mark", "mk", "type",
      "class", "locomotive", "engine", "tank", "squadron", "battalion", "regiment", "division",
      "question", "seat", "dial", "call", "opinion", "resolution", "directive", "decree", "ordinance",
      "proposition", "amendment", "h.r.", "hr", "h.res.",
      // a code's title before its section: "42 U.S.C. 1983", "40 C.F.R. 1502"
      "u.s.c.", "c.f.r.");

  /** Units after a number that make it a measure ("1500 m", "2000 °C", "2000 dollars"). */
  private static final Pattern UNIT_AFTER = Pattern.compile(
      "^\\s*(?:km|kms|kilometres|kilometers|miles|mi|m|cm|mm|metres|meters|ft|feet|foot|inches|"
          + "in\\.|yards|tons|tonnes|t|kg|g|lb|lbs|grams|grammes|kilograms|kilos|milligrams|ounces|oz|"
          + "centimetres|centimeters|millimetres|millimeters|mah|watts|volts|amps|psi|knots|"
          + "dollars|euros|yuan|yen|rupees|francs|acres|"
          + "hectares|ha|sq|square|cubic|mw|kw|kwh|gw|gwh|mhz|ghz|hz|hp|rpm|mph|km/h|°[CF]?|degrees|"
          + "ev|kev|mev|gev|tev|"
          // a count per unit: "1800 grooves/mm"
          + "\\p{L}+/\\p{L}{1,4}|"
          + "calories|kcal|barrels|bbl|litres|liters|gallons|bytes|kb|mb|gb|tb|pixels|px|dpi|"
          + "ppm|ppb|mg|ml|cc|cm3|cm³|mol|mmol|nm|µm|μm|µg|μg|"
          + "[×x]\\s*\\d|"
          // a clock time restated in a zone: "8pm (2000 GMT)"
          + "gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|jst|local time)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE);

  /** Count nouns after a number that make it a quantity ("2000 members"). */
  private static final Pattern QUANTITY_AFTER = Pattern.compile(
      "^\\s*(?:[-–]\\s*)?(?:people|persons|members|men|women|children|students|employees|workers|"
          + "troops|soldiers|copies|units|items|pages|words|votes|cases|deaths|signatures|staff|"
          + "delegates|participants|visitors|users|customers|refugees|homes|houses|cars|points|pts|"
          + "runs|goals|seats|beds|rooms|jobs|species|languages|titles|books|articles|entries|"
          + "files|lines|tweets|posts|comments|followers|likes|views|downloads|vehicles|aircraft|"
          + "ships|islands|villages|households|families|patients|infections|arrests|shares|"
          + "characters|residents|inhabitants|individuals|casualties|victims|prisoners|animals|"
          + "trees|plants|samples|respondents|teachers|schools|companies|firms|stores|branches|"
          + "sites|projects|games|matches|times|odd|pounds|marks|spectators|passengers|fans|"
          + "runners|athletes|guests|attendees|pupils|recruits|pilgrims|tourists|hours|minutes|seconds|days"
          + "|weeks|months|years|decades|centuries)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE);

  /** A scale after a number makes it an amount ("2019 million dollars", "Rs 1998 crore"), not before a hyphen. */
  private static final Pattern SCALE_AFTER = Pattern.compile(
      "^\\s*(?:million|billion|trillion|thousand|crores?|lakhs?)(?![\\p{L}-])", Pattern.CASE_INSENSITIVE);

  /** Currencies written as a code or an abbreviation before an amount: "Rs 2019", "INR 1998", "EUR 2015". */
  private static final Set<String> CURRENCIES = Set.of("rs", "rs.", "inr", "eur", "usd", "gbp", "jpy", "cny", "rmb",
      "chf", "aud", "cad", "nzd", "hkd", "sgd", "zar", "sek", "nok", "dkk", "rub", "brl", "mxn", "krw", "pkr", "bdt",
      "lkr", "npr", "ngn", "kes", "egp", "try", "pln", "czk", "huf", "ils", "aed", "sar", "qar", "idr", "myr", "php",
      "thb", "vnd", "dh", "dhs", "sh", "ksh", "tk");

  /** A measure joined to a number makes it a count: "a 2000-page report", "2000-year-old", "1500-strong". */
  private static final Pattern HYPHENED_MEASURE = Pattern.compile(
      "^[-–](?:year|month|week|day|hour|minute|page|mile|acre|foot|meter|metre|kilometer|kilometre"
          + "|yard|ton|tonne|pound|seat|bed|room|member|man|person|word|point|strong|square|unit|share)s?(?!\\p{L})");

  /** A street after a number makes it a street number ("1600 Pennsylvania Avenue"). */
  private static final Pattern STREET_AFTER = Pattern.compile(
      "^\\s+(?:[NSEW]\\.?\\s+)?\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+(?:Street|St\\.?|Avenue|Ave\\.?"
          + "|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Way|Place|Pl\\.?|Court|Ct\\.?"
          + "|Square|Sq\\.?|Terrace|Parkway|Pkwy\\.?|Highway|Hwy\\.?)(?!\\p{L})");

  /** A plural word in lower case after a number: "1011 ions". */
  private static final Pattern PLURAL_AFTER = Pattern.compile(
      "^\\s+(?!(?:was|has|does|this|thus|plus|its|perhaps|always|whereas|afterwards)\\b)"
          + "\\p{Ll}*[a-rt-z]s(?![\\p{L}'’])");

  /** Words that count what follows them: "up to 1280 young people", "more than 2000 of them". */
  private static final Pattern COUNTING_BEFORE = Pattern.compile(
      "(?i)\\b(?:up to|more than|fewer than|less than|at least|at most|as many as)\\s+$");
  /** Digits before the number as in a phone number ("555 1984", "(202) 555-2019"). */
  private static final Pattern PHONE_BEFORE = Pattern.compile(
      "(?:\\d{2,4}[\\s.\\-]|\\(\\d{2,4}\\)\\s?|\\+\\d{1,3}\\s?)$");

  /** A name given after "called" or "named", the year its last word: "a venture called Orion 1980". */
  private static final Pattern NAMED_BEFORE = Pattern.compile(
      "\\b(?i:called|named|dubbed|titled|entitled|known as)\\s+[\"“']?(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){1,3}$");
  /** Digits after the number as in a phone number ("1800 555 0199"). */
  private static final Pattern DIGITS_AFTER = Pattern.compile("^[\\s.\\-]\\d{3}");

  /**
   * Words after which a number before a plural is a count of things, not a year that names
   * them: verbs of containing and counting, and words of approximation ("contained 2000 cells",
   * "nearly 1900 farmers"); "the 2000 elections", "in 2000 elections were held", "had 1998 sales
   * of $5 million", "all 1998 models" keep their year.
   */
  private static final Set<String> COUNTED_BY = Set.of(
      "contained", "contains", "contain", "containing", "comprised", "comprises", "comprising", "totalled",
      "totaled", "numbered", "counted", "roughly", "approximately", "nearly", "almost", "some", "another",
      "are", "were", "be", "been");
  /** Words after which a number is a year even before a count noun ("in 1990 students …"). */
  private static final Set<String> STRONG_CUES = Set.of(
      "in", "since", "by", "until", "till", "during", "before", "after", "circa", "c.", "ca.");

  /**
   * Words after which a year of 1000–1499 is plausible ("in 1066", "of 1215"), with a life's
   * dates as biographies write them ("fl. 1200", "r. 1422–1461", "d. 1190"), and a thing's date
   * ("dated 1469–72").
   */
  private static final Set<String> YEAR_CUES = Set.of(
      "in", "since", "by", "from", "until", "till", "of", "around", "circa", "c.", "ca.", "about",
      "before", "after", "during", "year", "between", "and", "to", "early", "late", "mid",
      "fl.", "r.", "d.", "b.", "born", "died", "reigned", "floruit", "dated", "dating");

  /**
   * Where a citation puts its pages, just before a number: after a volume, its issue and a colon
   * ("Science. 276 (5319): 1687–9", "Bioinformatics 14(9):755") or after a volume and a colon
   * with no space ("J Trauma 1990, 30:1748").
   */
  private static final Pattern PAGES_BEFORE = Pattern.compile("\\d\\s?\\([\\w\\s]{1,16}\\)\\s?:\\s?$|\\d:$");
  /**
   * A volume and a bracket before a number that a page follows: the issue, "366 (1885): 4613",
   * "366 (1885). pp. 4613"; after an issue labelled "no." the bracket holds the year ("31, no. 2
   * (2009): 201").
   */
  private static final Pattern VOLUME_AND_BRACKET = Pattern.compile("(?<!\\b[Nn]o\\.?\\s?\\d{0,3})\\d\\s?\\($");
  private static final Pattern PAGES_AFTER = Pattern.compile("^\\)(?::|\\.\\s?pp?\\.)");
  /** A volume and a comma before a number, the year in brackets after it: "Phys. Rev. 122, 1898 (1961)". */
  private static final Pattern VOLUME_BEFORE = Pattern.compile("\\d[A-Z]?,\\s?$");
  private static final Pattern CITED_YEAR_AFTER = Pattern.compile("^\\s?\\((?:1[5-9]|20)\\d{2}[a-z]?\\)");

  /** A year and a dash just before a number: the number ends a range of years. */
  private static final Pattern RANGE_DASH_BEFORE = Pattern.compile("\\d\\s?[–—/-]\\s?$");
  /** A capitalised word and an opening bracket just before a number: "John of Gaunt (". */
  private static final Pattern NAME_AND_BRACKET = Pattern.compile("\\b\\p{Lu}\\p{L}+\\s\\($");

  private NotDates() {}

  /** Whether {@code word} (lower case) labels the number after it: "Figure (120–180)", "No. 2010". */
  static boolean labels(String word) {
    return LABELS.contains(word);
  }

  /** Whether the stretch holds a word that gives a name ({@link #NAMED_BEFORE}), a cheap look first. */
  private static boolean named(Scan scan) {
    return scan.has("called") || scan.has("named") || scan.has("dubbed") || scan.has("titled")
        || scan.has("known as");
  }

  /**
   * Whether the number at {@code [start, end)} of the scanned text reads as something other
   * than a year, looking no further than the scanned stretch.
   */
  static boolean notAYear(Scan scan, int start, int end) {
    return notAYear(scan, start, end, false);
  }

  /**
   * As {@link #notAYear(Scan, int, int)}; {@code inRange} for the ends of a range of years
   * ("1984-1989"), whose other year is no phone number's digits.
   */
  static boolean notAYear(Scan scan, int start, int end, boolean inRange) {
    String text = scan.text;
    if (EraYears.beforeTheEra(scan, start, end)) {
      return true; // "1200 BC", "1500–1200 BC": a year before the common era, which EraYears reads
    }
    int year = Integer.parseInt(text.substring(start, end));
    String before = scan.wordBefore(start);
    if (LABELS.contains(before) || named(scan) && scan.lookBack(NAMED_BEFORE, start, 48) != null) {
      return true;
    }
    int spaced = scan.skipSpacesBack(start);
    if (before.isEmpty() && spaced > scan.from && text.charAt(spaced - 1) == '§') {
      return true; // "42 U.S.C. § 1983", "§§ 1961–1968": a section of a code
    }
    if (CURRENCIES.contains(before) && !text.substring(scan.wordStartBefore(start), start).isBlank()
        && Character.isUpperCase(text.charAt(scan.wordStartBefore(start)))) {
      return true; // "Rs 2019", "INR 1998": an amount (a currency in capitals, not "try 2019")
    }
    // the second year of a range ("r. 1422–1461") has its cue before the first; a range in
    // brackets after a name is a life's ("John of Gaunt (1340–1399)")
    boolean cued = YEAR_CUES.contains(before)
        || inRange && RANGE_DASH_BEFORE.matcher(text.substring(Math.max(scan.from, start - 3), start)).find()
        || inRange && scan.lookBack(NAME_AND_BRACKET, start, 24) != null;
    if (year < 1500 && (!cued || !STRONG_CUES.contains(before) && PLURAL_AFTER.matcher(
        text.substring(end, Math.min(scan.to, end + 30))).find())) {
      return true; // an early year needs a cue, and is no count of things ("a dose of 1011 ions")
    }
    String head = text.substring(Math.max(scan.from, start - 12), start);
    if (!inRange && PHONE_BEFORE.matcher(head).find()) {
      return true;
    }
    String tail = text.substring(end, Math.min(scan.to, end + 60));
    if (scan.lookBack(PAGES_BEFORE, start, 24) != null
        || VOLUME_BEFORE.matcher(head).find() && CITED_YEAR_AFTER.matcher(tail).find()
        || VOLUME_AND_BRACKET.matcher(head).find() && PAGES_AFTER.matcher(tail).find()) {
      return true; // a page or an issue of a cited article
    }
    if (scan.lookBack(COUNTING_BEFORE, start, 14) != null
        && (scan.beforeItsNoun(end) || scan.wordAfter(end).equals("of"))) {
      return true; // "up to 1280 young people"; "up to 1990 the town grew" keeps its year
    }
    if (COUNTED_BY.contains(before) && PLURAL_AFTER.matcher(tail).find()) {
      return true; // "the sample contained 2000 cells", "about 1900 farmers": a count of things
    }
    return UNIT_AFTER.matcher(tail).find() || SCALE_AFTER.matcher(tail).find() || STREET_AFTER.matcher(tail).find()
        || !inRange && DIGITS_AFTER.matcher(tail).find() || HYPHENED_MEASURE.matcher(tail).find()
        || (!STRONG_CUES.contains(before) && QUANTITY_AFTER.matcher(tail).find());
  }
}
