package dev.claimcheck.check;

import dev.claimcheck.model.Claim;
import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TemporalExpression;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does a source's text hold a claim's key facts? The facts are the claim's years (from its
 * dates), its numbers (outside its dates) and its distinctive names (capitalized words other
 * than the first, months, weekdays and function words); the source is searched in windows of
 * one to three sentences. A window supports the claim when it holds every year and every
 * number of two digits or more, at least half the names, and enough of the claim's content
 * words; a sentence that matches the claim in everything but states another year instead of
 * the claim's contradicts it. Stateless.
 */
public final class Support {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}(?:[,\u00a0\u202f ]\\d{3})+(?:\\.\\d+)?(?!\\d)|(?<![\\p{L}\\d.,])\\d+(?:\\.\\d+)?(?![\\d\\p{L}])");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d\\p{L}])(1[0-9]\\d{2}|20\\d{2})(?![\\d\\p{L}])");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{2,}");
  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"“‘(])|(?<!\\s)\\s*\\n\\s*");
  private static final int MAX_PASSAGE = 600;
  private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "this", "that",
      "these", "those", "there", "their", "they", "then", "when", "while", "with", "from", "after",
      "before", "during", "since", "until", "and", "but", "for", "its", "his", "her", "our", "however",
      "according", "although", "because", "also", "many", "most", "some", "other", "another", "one",
      "two", "three", "in", "on", "at", "by", "of", "as", "it", "he", "she", "we", "you", "an");
  private static final Set<String> FUNCTION_WORDS = Set.of("that", "this", "with", "from", "have", "been",
      "were", "which", "their", "there", "they", "than", "then", "when", "where", "what", "also",
      "into", "over", "after", "before", "about", "would", "could", "should", "while", "these",
      "those", "such", "some", "more", "most", "other", "only", "will", "said", "says", "being",
      "year", "years", "during", "since", "until", "between", "through", "under", "very", "both",
      "each", "many", "much", "them", "does", "made", "make", "first", "last");

  private Support() {}

  /**
   * A claim's key facts.
   *
   * @param years the years of its dates, in order
   * @param primaryYear the year of its primary date, or null
   * @param numbers its numbers outside dates, separators removed
   * @param names its distinctive names, lower-cased
   * @param words its content words, lower-cased
   */
  public record Facts(List<String> years, String primaryYear, List<String> numbers, List<String> names,
      Set<String> words) {

    /** Whether there is enough to look for: at least one year, number or name. */
    public boolean any() {
      return !years.isEmpty() || !numbers.isEmpty() || !names.isEmpty();
    }
  }

  /**
   * What a source's text says about a claim.
   *
   * @param passage the window of the source
   * @param facts the facts found there, as written in the claim
   * @param contradicts the year the source states instead of the claim's, or null when the
   *     passage supports the claim
   */
  public record Finding(String passage, List<String> facts, String contradicts) {}

  /** The key facts of {@code claim}. */
  public static Facts facts(Claim claim) {
    Set<String> years = new LinkedHashSet<>();
    String primary = null;
    String rest = claim.text();
    for (TemporalExpression d : claim.dates()) {
      String value = d.value();
      if (value != null && value.matches("\\d{4}.*")) {
        years.add(value.substring(0, 4));
        if (d.flags().contains(DateFlag.PRIMARY)) {
          primary = value.substring(0, 4);
        }
      }
      rest = rest.replace(d.text(), " ");
    }
    Set<String> numbers = new LinkedHashSet<>();
    Matcher n = NUMBER.matcher(rest);
    while (n.find()) {
      String digits = normalizeNumber(n.group());
      if (digits.replace(".", "").length() >= 2 && !years.contains(digits)) {
        numbers.add(digits);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    Matcher m = NAME.matcher(claim.text());
    boolean first = true;
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
      boolean atStart = first && claim.text().substring(0, m.start()).isBlank();
      first = false;
      if (!atStart && !NOT_NAMES.contains(w) && w.length() >= 3) {
        names.add(w);
      }
    }
    Set<String> words = new LinkedHashSet<>();
    Matcher w = WORD.matcher(claim.text().toLowerCase(Locale.ROOT));
    while (w.find()) {
      if (!FUNCTION_WORDS.contains(w.group()) && !NOT_NAMES.contains(w.group())) {
        words.add(w.group());
      }
    }
    return new Facts(List.copyOf(years), primary != null ? primary : years.size() == 1 ? years.iterator().next() : null,
        List.copyOf(numbers), List.copyOf(names), words);
  }

  /**
   * The passage of {@code text} that supports the claim, else one that contradicts its year,
   * else null.
   */
  public static Finding find(Facts facts, String text) {
    if (text == null || !facts.any()) {
      return null;
    }
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank()) {
        sentences.add(s.strip());
      }
    }
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      StringBuilder joined = new StringBuilder();
      for (int len = 1; len <= 3 && i + len <= sentences.size(); len++) {
        if (len > 1) {
          joined.append(' ');
        }
        joined.append(sentences.get(i + len - 1));
        windows.add(new Window(joined.toString(), len));
      }
    }
    Patterns patterns = new Patterns(facts);
    Finding best = null;
    int bestScore = -1;
    for (Window win : windows) {
      Match match = match(facts, patterns, win.text);
      if (match.supports(facts) && match.score() > bestScore) {
        best = new Finding(passage(win.text), match.found, null);
        bestScore = match.score();
      }
    }
    if (best != null || facts.primaryYear() == null || facts.names().isEmpty()) {
      return best;
    }
    // A contradiction: the page is about the claim's names, and one of its sentences says
    // what the claim says (its other content words, its numbers) with another year.
    Match page = match(facts, patterns, text);
    if (page.names < facts.names().size()) {
      return null;
    }
    Set<String> plain = new LinkedHashSet<>(facts.words());
    plain.removeAll(facts.names());
    if (plain.isEmpty()) {
      return null;
    }
    int needed = plain.size() < 2 ? plain.size() : Math.max(2, (int) Math.ceil(plain.size() * 0.6));
    Finding contra = null;
    int contraWords = 0;
    for (String sentence : sentences) {
      Match match = match(facts, patterns, sentence);
      if (match.found.contains(facts.primaryYear()) || match.numbers < facts.numbers().size()) {
        continue;
      }
      String lower = sentence.toLowerCase(Locale.ROOT);
      int words = (int) plain.stream().filter(lower::contains).count();
      String other = words >= needed && words > contraWords ? otherYear(facts, sentence) : null;
      if (other != null) {
        contra = new Finding(passage(sentence), match.found, other);
        contraWords = words;
      }
    }
    return contra;
  }

  /** A year {@code sentence} states that is none of the claim's, or null. */
  private static String otherYear(Facts f, String sentence) {
    Matcher y = YEAR.matcher(sentence);
    while (y.find()) {
      if (!f.years().contains(y.group(1))) {
        return y.group(1);
      }
    }
    return null;
  }

  private record Window(String text, int sentences) {}

  /** What of the facts one window holds. */
  private record Match(List<String> found, int years, int numbers, int names, int words) {
    int score() {
      return years * 4 + numbers * 4 + names * 2 + words;
    }

    boolean supports(Facts f) {
      int wordsNeeded = f.words().size() < 3 ? 0 : (int) Math.ceil(f.words().size() * 0.4);
      int factCount = f.years().size() + f.numbers().size() + f.names().size();
      boolean enough = factCount >= 2 ? years + numbers + names >= 2
          : words >= Math.ceil(f.words().size() * 0.6);
      return years == f.years().size() && numbers == f.numbers().size()
          && names >= Math.ceil(f.names().size() / 2.0) && words >= wordsNeeded && enough;
    }
  }

  /** The facts' patterns, made once per source. */
  private static final class Patterns {
    final List<Pattern> numbers = new ArrayList<>();
    final List<Pattern> names = new ArrayList<>();

    Patterns(Facts f) {
      for (String n : f.numbers()) {
        numbers.add(Pattern.compile("(?<![\\d.])" + Pattern.quote(n) + "(?![\\d]|\\.\\d)"));
      }
      for (String n : f.names()) {
        names.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(n) + "(?!\\p{L})"));
      }
    }
  }

  private static Match match(Facts f, Patterns p, String window) {
    String lower = normalizeNumbers(window.toLowerCase(Locale.ROOT));
    List<String> found = new ArrayList<>();
    int years = 0;
    for (String y : f.years()) {
      if (YEAR.matcher(lower).results().anyMatch(r -> r.group(1).equals(y))) {
        years++;
        found.add(y);
      }
    }
    int numbers = 0;
    for (int i = 0; i < f.numbers().size(); i++) {
      if (p.numbers.get(i).matcher(lower).find()) {
        numbers++;
        found.add(f.numbers().get(i));
      }
    }
    int names = 0;
    for (int i = 0; i < f.names().size(); i++) {
      if (p.names.get(i).matcher(lower).find()) {
        names++;
        found.add(f.names().get(i));
      }
    }
    int words = 0;
    for (String w : f.words()) {
      if (lower.contains(w)) {
        words++;
      }
    }
    return new Match(found, years, numbers, names, words);
  }

  private static String normalizeNumber(String n) {
    return n.replaceAll("[,\u00a0\u202f ]", "");
  }

  private static String normalizeNumbers(String text) {
    return text.replaceAll("(?<=\\d)[,\u00a0\u202f ](?=\\d{3}(?!\\d))", "");
  }

  private static String passage(String window) {
    return window.length() <= MAX_PASSAGE ? window : window.substring(0, MAX_PASSAGE - 1) + "…";
  }
}
