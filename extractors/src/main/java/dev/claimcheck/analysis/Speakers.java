package dev.claimcheck.analysis;

import dev.claimcheck.extract.AttributionDetector;
import dev.claimcheck.model.Attribution;
import dev.claimcheck.model.Span;
import dev.claimcheck.refs.Organizations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who has spoken in a document so far, so that "He said …" or {@code "…," she said.} after
 * "Simpson said …" is Simpson's: a pronoun is given to the one person named as a speaker in its
 * own paragraph or the one before, and to nobody when two people were (it could be either) or
 * when the speaker named was a body, not a person. Not thread-safe: one per document.
 */
final class Speakers {
  /** How many blocks back a speaker is still the one a pronoun means. */
  private static final int REACH = 1;

  private record Named(String name, int block) {}

  private final List<Named> recent = new ArrayList<>();

  /** The attribution of the sentence at {@code span}: named in it, or its pronoun's speaker. */
  Attribution of(String text, Span span, int block) {
    Optional<Attribution> named = AttributionDetector.find(text, span);
    if (named.isPresent()) {
      remember(named.get(), block);
      return named.get();
    }
    return AttributionDetector.pronounSpeaks(text, span)
        .flatMap(at -> speaker(block)
            .map(name -> new Attribution(at, text.substring(at.start(), at.end()).strip(), name, false)))
        .orElse(null);
  }

  private void remember(Attribution a, int block) {
    String name = a.source();
    boolean person = !a.self() && !name.isEmpty() && Character.isUpperCase(name.codePointAt(0))
        && !Organizations.isOrganization(name) && !Organizations.isNews(name);
    if (person) {
      recent.add(new Named(name, block));
    }
    recent.removeIf(n -> n.block() < block - REACH);
  }

  /** The one person who spoke within reach of {@code block}, if exactly one did. */
  private Optional<String> speaker(int block) {
    List<String> names = recent.stream().filter(n -> n.block() >= block - REACH).map(Named::name)
        .distinct().toList();
    return names.size() == 1 ? Optional.of(names.get(0)) : Optional.empty();
  }
}
