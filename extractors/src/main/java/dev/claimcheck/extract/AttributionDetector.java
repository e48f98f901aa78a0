package dev.claimcheck.extract;

import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Span;
import dev.claimcheck.text.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence names as its source: "According to X, …", "X stated that …",
 * "X's own official literature openly states …", "X, the …, said: …", "In an interview with Y,
 * X said …", {@code "…," X said.}; in the present and the past tense. A pronoun speaking ("He
 * said …") is found by {@link #pronounSpeaks}, for the caller who knows who spoke last.
 *
 * <p>The source is the proper name in the attributing phrase when there is one ("Australian
 * analyst Alex Joske" → "Alex Joske"), else the phrase itself. A source that is the subject
 * speaking of itself ("its own official description") makes the attribution self-sourced.
 * Stateless and thread-safe.
 */
public final class AttributionDetector {
  private static final Pattern ACCORDING_TO = Pattern.compile(
      "\\b[Aa]ccording to ((?:[^,.;:()\"“”]|\\.(?=\\S)){1,200}?)(?=[,;:]|\\s+(?:is|are|was|were|has|have|had)\\b|[.!?]?[\"”’)]*\\s*$)");
  private static final String SPEECH_VERB =
      "(?:stated|states|said|says|wrote|writes|claimed|claims|argued|argues|reported|reports"
          + "|told|noted|notes|asserted|asserts|believes|believed|estimated|estimates|concluded"
          + "|concludes|maintained|maintains|insisted|insists|explained|explains|testified"
          + "|alleged|alleges|announced|announces|acknowledged|acknowledges|admitted|admits"
          + "|described|describes|observed|observes|suggested|suggests|warned|warns|found)";
  private static final Pattern SUBJECT_SAYS = Pattern.compile(
      "^[\"“]?((?:[^,.;:\"“”]|\\.(?=\\S)){1,160}?)\\s++(?:\\p{L}+ly\\s++)?(?:has\\s++|have\\s++|had\\s++)?"
          + SPEECH_VERB + "\\b");
  private static final Pattern SELF = Pattern.compile(
      "\\b(?:its|their|his|her) own\\b|['’]s own\\b|\\bown official\\b|\\bself-described\\b"
          + "|^(?:its|their) (?:official|website|web site|press release|statement|description|literature)",
      Pattern.CASE_INSENSITIVE);
  /** Subjects that are not sources: pronouns and vague openers. */
  private static final Pattern NOT_A_SOURCE = Pattern.compile(
      "^(?:it|this|that|these|those|there|he|she|they|we|i|you|one|some|many|most|the (?:report|study|article))$",
      Pattern.CASE_INSENSITIVE);

  /** A name as a sentence writes it: up to five capitalized words ("Mr Obama", "Alex Joske"). */
  private static final String NAME = "(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*";
  /** "Robertson, the U.S. commander, said": a name, an apposition, then the speech verb. */
  private static final Pattern APPOSITION_SAYS = Pattern.compile(
      "^[\"“]?(" + NAME + "),\\s++(?:the|a|an|his|her|its|their|\\p{Ll}+)\\s[^,;:\"“”]{1,100},\\s++(?:\\p{L}+ly\\s++)?"
          + SPEECH_VERB + "\\b");
  /**
   * An opening phrase before the speaker ("In an interview with the BBC, Mr Obama said"):
   * a preposition, an adverb or a participle, up to its comma.
   */
  private static final Pattern OPENING = Pattern.compile(
      "^(?:In|On|At|After|Before|During|When|While|Asked|Speaking|Writing|Interviewed|Meanwhile|Later|Earlier"
          + "|Last|This|Since|However|Then|Separately)\\b[^,\"“”]{0,120}+,\\s++");
  /** After a quotation: {@code "…," Simpson said.} or {@code "…," said Simpson.} at the sentence end. */
  private static final Pattern QUOTE_THEN_SPEAKER = Pattern.compile(
      "[\"”’]\\s*+(?:,\\s*+)?(?:(" + NAME + "|he|she|they|He|She|They)\\s++(?:has\\s++|had\\s++)?" + SPEECH_VERB
          + "|" + SPEECH_VERB + "\\s++(" + NAME + "))(?:[,\\s][^.!?\"“”]{0,100})?[.!?]?\\s*+$");
  /** A pronoun speaking: "He said …", "She told reporters …". */
  private static final Pattern PRONOUN_SAYS = Pattern.compile(
      "^[\"“]?(?:He|She|They)\\s++(?:\\p{L}+ly\\s++)?(?:has\\s++|have\\s++|had\\s++)?" + SPEECH_VERB + "\\b");

  /**
   * A subject holding a verb of its own is a clause, not a speaker: "CmHn+ ions are found",
   * "the editors were replaced amid reports".
   */
  private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:is|are|was|were|been|being)\\b");

  /** Someone speaking for a named party: "a spokesperson for the contractor". */
  private static final Pattern ROLE = Pattern.compile(
      "(?i)\\b(?:spokes(?:person|man|woman)|representative|lawyer|attorney|press office)\\b");

  /** Common nouns that open a sentence capitalized without naming anyone. */
  private static final Pattern GENERIC_SUBJECT = Pattern.compile(
      "(?i)(?:researchers|scientists|experts|officials|critics|analysts|scholars|observers|"
          + "sources|reports|studies|authorities|investigators|historians|witnesses|people|"
          + "residents|locals|users|team|report|study|survey|data|evidence|police)");

  /** Words that open a sentence without being a name: prepositions, determiners, conjunctions. */
  private static final Pattern FUNCTION_WORD = Pattern.compile(
      "(?i)(?:in|on|at|after|before|during|when|while|then|but|and|or|so|yet|this|that|these|"
          + "those|some|many|most|all|both|each|every|another|other|such|his|her|its|their|our|"
          + "my|your|later|earlier|since|until|although|though|however|also|if|as|by|for|from|"
          + "with|without|to|of|there|here|one|it|he|she|they|we|i|you)");

  /** Month and day names are capitalized but never name a source ("published in February"). */
  private static final Pattern CALENDAR_WORD = Pattern.compile(
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[.,;:]?");

  private AttributionDetector() {}

  /** The attribution inside {@code span} of {@code text}, if the sentence names a source. */
  public static Optional<Attribution> find(String text, Span span) {
    String sentence = text.substring(span.start(), span.end());
    Matcher m = ACCORDING_TO.matcher(sentence);
    if (m.find()) {
      String phrase = m.group(1).strip();
      return Optional.of(attribution(span, m.start(), m.end(), sentence, phrase));
    }
    m = APPOSITION_SAYS.matcher(sentence);
    if (m.find() && !NOT_A_SOURCE.matcher(m.group(1)).matches() && namesSomeone(m.group(1))) {
      return Optional.of(attribution(span, m.start(), m.end(), sentence, m.group(1)));
    }
    Optional<Attribution> subject = subjectSays(span, sentence, 0);
    if (subject.isPresent()) {
      return subject;
    }
    Matcher opening = OPENING.matcher(sentence);
    if (opening.lookingAt()) {
      subject = subjectSays(span, sentence, opening.end());
      if (subject.isPresent()) {
        return subject;
      }
    }
    m = QUOTE_THEN_SPEAKER.matcher(sentence);
    if (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      if (!NOT_A_SOURCE.matcher(name).matches() && namesSomeone(name)) {
        return Optional.of(attribution(span, m.start(), m.end(), sentence, name));
      }
    }
    return Optional.empty();
  }

  /**
   * Where a sentence gives its words to a pronoun ("He said …", {@code "…," she said.}): the
   * start and end of the attributing phrase in the sentence, for the caller to name the speaker
   * the pronoun stands for; empty otherwise.
   */
  public static Optional<Span> pronounSpeaks(String text, Span span) {
    String sentence = text.substring(span.start(), span.end());
    Matcher m = PRONOUN_SAYS.matcher(sentence);
    if (!m.find()) {
      m = QUOTE_THEN_SPEAKER.matcher(sentence);
      if (!m.find() || m.group(1) == null || !NOT_A_SOURCE.matcher(m.group(1)).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Span(span.documentId(), span.start() + m.start(), span.start() + m.end()));
  }

  /** "X said …" from {@code from} on: a subject that names someone, then a speech verb. */
  private static Optional<Attribution> subjectSays(Span span, String sentence, int from) {
    Matcher m = SUBJECT_SAYS.matcher(sentence).region(from, sentence.length());
    if (m.find()) {
      String subject = m.group(1).strip();
      if (Prose.words(subject) <= 10 && !NOT_A_SOURCE.matcher(subject).matches()
          && !CLAUSE.matcher(subject).find()
          && (namesSomeone(subject) || SELF.matcher(subject).find()
              || ROLE.matcher(subject).find())) {
        return Optional.of(attribution(span, m.start(), m.end(), sentence, subject));
      }
    }
    return Optional.empty();
  }

  private static Attribution attribution(
      Span span, int start, int end, String sentence, String phrase) {
    Span at = new Span(span.documentId(), span.start() + start, span.start() + end);
    boolean self = SELF.matcher(phrase).find();
    return new Attribution(at, sentence.substring(start, end).strip(), sourceName(phrase), self);
  }

  /** The last run of capitalized words in the phrase, else the phrase without its article. */
  static String sourceName(String phrase) {
    String[] tokens = phrase.split("\\s+");
    List<String> best = List.of();
    List<String> run = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      boolean capital = !token.isEmpty() && Character.isUpperCase(token.codePointAt(0))
          && !CALENDAR_WORD.matcher(token).matches();
      boolean joiner = !run.isEmpty() && isNameJoiner(token) && i + 1 < tokens.length
          && Character.isUpperCase(tokens[i + 1].codePointAt(0));
      if ((capital && !(run.isEmpty() && isArticle(token))) || joiner) {
        run.add(token);
      } else {
        if (!run.isEmpty()) {
          best = run;
        }
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      best = run;
    }
    if (best.isEmpty()) {
      return phrase.replaceFirst("(?i)^(?:the|a|an)\\s+", "");
    }
    return String.join(" ", best).replaceAll("(?:['’]s|['’])$", "");
  }

  private static boolean isArticle(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    return t.equals("the") || t.equals("a") || t.equals("an");
  }

  private static boolean isNameJoiner(String token) {
    return switch (token) {
      case "of", "de", "van", "von", "der", "al", "bin", "for", "and", "la", "le", "du" -> true;
      default -> false;
    };
  }

  /**
   * Whether a sentence subject names someone: a capital after the first word, or a first word
   * that is not a common noun capitalized only because it opens the sentence.
   */
  private static boolean namesSomeone(String subject) {
    String[] tokens = subject.replaceFirst("(?i)^(?:the|a|an)\\s+", "").split("\\s+");
    for (int i = 1; i < tokens.length; i++) {
      if (!tokens[i].isEmpty() && Character.isUpperCase(tokens[i].codePointAt(0))) {
        return true;
      }
    }
    String first = tokens[0];
    return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0))
        && !GENERIC_SUBJECT.matcher(first).matches()
        && !FUNCTION_WORD.matcher(first).matches();
  }
}
