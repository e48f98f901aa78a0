package dev.claimcheck.refs.parse;

import java.util.List;

/**
 * A part of an entry after its details were taken: the name left in it, or null, and in CS2
 * the names of the fields that follow it.
 */
record Part(String name, List<String> more) {
  static final Part DONE = new Part(null);

  Part(String name) {
    this(name, List.of());
  }
}
