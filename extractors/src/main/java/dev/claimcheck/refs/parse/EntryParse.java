package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.WorkBuilder;
import java.util.EnumSet;
import java.util.Set;

/** One entry's parse in progress: the work being built, the signs of its kind, its layout. */
final class EntryParse {
  final WorkBuilder b;
  private final Set<Sign> signs = EnumSet.noneOf(Sign.class);
  Layout layout = Layout.ORDINARY;

  EntryParse(WorkBuilder b, Set<Sign> signs) {
    this.b = b;
    this.signs.addAll(signs);
  }

  boolean has(Sign sign) {
    return signs.contains(sign);
  }

  void see(Sign sign) {
    signs.add(sign);
  }
}
