package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.WorkBuilder;

/** A step of one entry's parse: it reads the entry's parse in progress and writes the work. */
abstract class ParseUnit {
  final EntryParse e;
  final WorkBuilder b;

  ParseUnit(EntryParse e) {
    this.e = e;
    this.b = e.b;
  }
}
