package dev.claimcheck.dates;

import dev.claimcheck.model.DateFlag;
import dev.claimcheck.model.TimexType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A temporal expression found by a rule, before overlaps are settled. Relative candidates carry
 * a resolver that gives their value once the dates before them in the paragraph are known.
 */
record Candidate(
    int start,
    int end,
    TimexType type,
    String value,
    String modifier,
    String anchor,
    Set<DateFlag> flags,
    List<String> readings,
    int priority,
    Resolver resolver) {

  /** Gives a relative candidate its value in a context, or null when it is no date there after all. */
  @FunctionalInterface
  interface Resolver {
    Candidate resolve(Candidate unresolved, DateContext context);
  }

  Candidate {
    flags = flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags);
    readings = List.copyOf(readings);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }

  Candidate withValue(String newValue, String newAnchor, DateFlag... more) {
    Set<DateFlag> all = EnumSet.noneOf(DateFlag.class);
    all.addAll(flags);
    all.addAll(List.of(more));
    return new Candidate(start, end, type, newValue, modifier, newAnchor, all, readings, priority,
        null);
  }

  Candidate withFlag(DateFlag flag) {
    Set<DateFlag> all = EnumSet.of(flag);
    all.addAll(flags);
    return new Candidate(start, end, type, value, modifier, anchor, all, readings, priority,
        resolver);
  }

  /** This candidate with the flags of {@code other} in place of its own: it now says its day as the other does. */
  Candidate withFlagsOf(Candidate other) {
    return new Candidate(start, end, type, value, modifier, anchor, other.flags, readings, priority, resolver);
  }

  Candidate widened(int newStart, int newEnd, String newModifier) {
    return new Candidate(newStart, newEnd, type, value, newModifier, anchor, flags, readings,
        priority, resolver);
  }

  Candidate withValueKept(String newValue) {
    return new Candidate(start, end, type, newValue, modifier, anchor, flags, readings, priority,
        resolver);
  }
}
