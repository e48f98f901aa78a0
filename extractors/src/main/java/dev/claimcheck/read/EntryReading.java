package dev.claimcheck.read;

import dev.claimcheck.model.Document;
import dev.claimcheck.model.Outcome;

/**
 * What a {@link ContainerReader} hands each of its entries to: the reading of an entry like a
 * file of its type ({@link ArticleReading} picks the reader), under the run's limits. Lets the
 * container readers know nothing of the registry of readers. Implementations are thread-safe.
 */
public interface EntryReading {
  /** The limits every entry is read under. */
  ReadLimits limits();

  /** Reads one entry; never throws on bad data. */
  Outcome<Document> readEntry(Entry entry);
}
