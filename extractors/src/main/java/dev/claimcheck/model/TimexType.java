package dev.claimcheck.model;

/** TIMEX3 types of temporal expressions. */
public enum TimexType {
  DATE,
  TIME,
  DURATION,
  SET
}
