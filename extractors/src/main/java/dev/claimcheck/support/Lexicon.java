package dev.claimcheck.support;

import java.util.HashMap;
import java.util.Map;

/**
 * English words support must see as one: the irregular forms of common verbs ("won" is "win",
 * "built" is "build") and the few verbs of events that encyclopedias and news write in other
 * words ("wed" for "married", "established" for "founded", "named" for "appointed"). Each word
 * maps to one canonical stem. A general vocabulary of how events are reported, not a list of
 * any corpus's sentences. Thread-safe.
 */
final class Lexicon {
  private static final Map<String, String> CANONICAL = new HashMap<>();

  static {
    irregular("win", "won", "wins", "winning");
    irregular("build", "built");
    irregular("sell", "sold");
    irregular("buy", "bought");
    irregular("lead", "led");
    irregular("leave", "left");
    irregular("begin", "began", "begun");
    irregular("write", "wrote", "written");
    irregular("make", "made");
    irregular("take", "took", "taken");
    irregular("become", "became");
    irregular("grow", "grew", "grown");
    irregular("fall", "fell", "fallen");
    irregular("hold", "held");
    irregular("meet", "met");
    irregular("run", "ran");
    irregular("give", "gave", "given");
    irregular("tell", "told");
    irregular("say", "said", "says");
    irregular("find", "found");
    irregular("teach", "taught");
    irregular("bring", "brought");
    irregular("think", "thought");
    irregular("fight", "fought");
    irregular("choose", "chose", "chosen");
    irregular("speak", "spoke", "spoken");
    irregular("rise", "rose", "risen");
    irregular("drive", "drove", "driven");
    irregular("sing", "sang", "sung");
    irregular("shoot", "shot");
    irregular("steal", "stole", "stolen");
    irregular("spend", "spent");
    irregular("send", "sent");
    irregular("pay", "paid");
    irregular("lose", "lost");
    irregular("go", "went", "gone");
    irregular("come", "came");
    irregular("see", "saw", "seen");
    irregular("know", "knew", "known");
    irregular("bear", "born", "borne");
    irregular("die", "died", "dies", "dying", "death", "dead");
    // Events written in other words.
    same("marry", "married", "marries", "marry", "marriage", "wed", "weds", "wedding", "wedded");
    same("found", "founded", "founding", "founder", "founders", "establish", "established",
        "establishing", "establishment", "co-founded", "cofounded");
    same("appoint", "appointed", "appointment", "named", "selected", "chosen", "picked");
    same("release", "released", "releases", "releasing", "launched", "launch", "launches", "debuted",
        "premiered", "premiere", "premieres");
    same("award", "awarded", "awards", "won", "win", "wins", "winning", "winner", "received",
        "receive", "receives");
    same("kill", "killed", "kills", "killing", "murdered", "murder");
    same("elect", "elected", "election", "reelected", "re-elected");
    same("acquire", "acquired", "acquisition", "bought", "purchased", "purchase", "buy");
    same("resign", "resigned", "resignation", "stepped", "quit");
    same("retire", "retired", "retirement", "retiring");
    same("sign", "signed", "signing", "signs");
    same("begin", "began", "begun", "begins", "start", "started", "starting", "starts");
    same("end", "ended", "ends", "ending", "finished", "concluded");
    same("join", "joined", "joins", "joining");
    same("move", "moved", "moves", "relocated", "relocate");
    same("grow", "grew", "grown", "increased", "increase", "increases", "rose", "risen", "rise");
    same("decline", "declined", "decreased", "decrease", "fell", "fallen", "dropped");
    same("build", "built", "constructed", "construction");
  }

  private Lexicon() {}

  private static void irregular(String base, String... forms) {
    for (String f : forms) {
      CANONICAL.putIfAbsent(f, base);
    }
    CANONICAL.putIfAbsent(base, base);
  }

  private static void same(String canonical, String... words) {
    for (String w : words) {
      CANONICAL.put(w, canonical);
    }
  }

  /** The canonical stem of a lower-cased word, or null when it has none here. */
  static String canonical(String lower) {
    return CANONICAL.get(lower);
  }
}
