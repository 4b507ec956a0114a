import assert from "node:assert/strict";
import { gapContributions, gapKey, mergeDashboard, negatedDelta, outcomeDelta, type ConversationOutcome, type ShardDelta } from "../../../src/domain/stats";

type Tree = { [key: string]: number | string | Tree };

/** Applies a delta the way Firestore applies FieldValue.increment / set on dotted paths. */
function applyDelta(shard: Tree, delta: ShardDelta): Tree {
  const walk = (path: string): [Tree, string] => {
    const parts = path.split(".");
    let node = shard;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Tree;
    return [node, parts[parts.length - 1]!];
  };
  for (const [path, value] of Object.entries(delta.increments)) {
    const [node, leaf] = walk(path);
    node[leaf] = ((node[leaf] as number | undefined) ?? 0) + value;
  }
  for (const [path, value] of Object.entries(delta.texts)) {
    const [node, leaf] = walk(path);
    node[leaf] = value;
  }
  return shard;
}

/** Mulberry32: a small seeded PRNG so the property test is reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const outcome = (overrides: Partial<ConversationOutcome> = {}): ConversationOutcome => ({
  agentId: "agent_1",
  diseaseNames: ["Asthma"],
  day: "2025-03-04",
  durationSeconds: 125,
  answered: 4,
  unanswered: 2,
  attention: 1,
  ...overrides,
});

const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

describe("domain/stats", () => {
  describe("outcomeDelta", () => {
    it("adds exactly one session and the outcome's counters to totals, agent, disease and day", () => {
      const { increments } = outcomeDelta(outcome());
      for (const prefix of ["totals", "by_agent.agent_1", "by_disease.Asthma", "by_day.2025-03-04"]) {
        assert.equal(increments[`${prefix}.sessions`], 1, prefix);
        assert.equal(increments[`${prefix}.seconds`], 125, prefix);
        assert.equal(increments[`${prefix}.answered`], 4, prefix);
        assert.equal(increments[`${prefix}.unanswered`], 2, prefix);
        assert.equal(increments[`${prefix}.attention`], 1, prefix);
      }
    });

    it("puts no question text and no open-alert counter into a shard", () => {
      const delta = outcomeDelta(outcome());
      const paths = [...Object.keys(delta.increments), ...Object.keys(delta.texts)];
      assert.deepEqual(paths.filter((p) => p.startsWith("gaps.") || p.includes("attention_open")), []);
      assert.deepEqual(Object.values(delta.texts), ["Asthma"], "only the disease's display name");
    });

    it("omits zero-valued counters so no empty increments are written", () => {
      const { increments } = outcomeDelta(outcome({ durationSeconds: 0, answered: 0, unanswered: 0, attention: 0 }));
      assert.deepEqual(Object.keys(increments).sort(), [
        "by_agent.agent_1.sessions",
        "by_day.2025-03-04.sessions",
        "by_disease.Asthma.sessions",
        "totals.sessions",
      ]);
    });

    it("adds one bucket per disease and records each disease's display name", () => {
      const delta = outcomeDelta(outcome({ diseaseNames: ["Type 2 diabetes", "Asthma"] }));
      const keyOf = (name: string) => Object.entries(delta.texts).find(([, value]) => value === name)![0].split(".")[1];
      assert.equal(delta.increments[`by_disease.${keyOf("Type 2 diabetes")}.sessions`], 1);
      assert.equal(delta.increments["by_disease.Asthma.sessions"], 1);
      assert.notEqual(keyOf("Type 2 diabetes"), keyOf("Asthma"));
    });

    it("never lets an id or disease name add a path segment", () => {
      const delta = outcomeDelta(outcome({ agentId: "a.b/c", diseaseNames: ["x.y"] }));
      const paths = Object.keys(delta.increments).concat(Object.keys(delta.texts));
      for (const path of paths) {
        if (path.startsWith("by_agent.") || path.startsWith("by_disease.")) assert.equal(path.split(".").length, 3, path);
      }
      const agentPaths = Object.keys(delta.increments).filter((p) => p.startsWith("by_agent.") && p.endsWith(".sessions"));
      assert.equal(agentPaths.length, 1);
      assert.equal(delta.increments[agentPaths[0]!], 1);
    });

    it("is taken away exactly by its negation (erasure)", () => {
      const delta = outcomeDelta(outcome());
      const shard = applyDelta(applyDelta({}, delta), negatedDelta(delta));
      const d = mergeDashboard(undefined, [shard]);
      assert.equal(d.totals.sessions, 0);
      assert.equal(d.totals.minutes, 0);
      assert.equal(d.by_agent.agent_1!.sessions, 0);
    });
  });

  describe("gapContributions", () => {
    it("counts a question asked twice in one conversation as two occurrences of one gap", () => {
      assert.deepEqual(gapContributions(["Can I swim?", "can i swim", "Is dust bad?"]), [
        { key: gapKey("Can I swim?"), question: "Can I swim?", count: 2 },
        { key: gapKey("Is dust bad?"), question: "Is dust bad?", count: 1 },
      ]);
    });
  });

  describe("gapKey", () => {
    const sameGap: [string, string][] = [
      ["Can I swim?", "can i swim"],
      ["Can I swim?", "  CAN   I\tswim!!! "],
      ["What's the dose?", "whats the dose"],
      ["Is it safe, doctor?", "is it safe doctor"],
      ["Ça fait mal ?", "ça fait mal"],
    ];
    for (const [a, b] of sameGap) {
      it(`gives "${a}" and "${b.trim()}" the same key`, () => {
        assert.equal(gapKey(a), gapKey(b));
      });
    }

    const differentGap: [string, string][] = [
      ["Can I swim?", "Can I run?"],
      ["dose 10", "dose 100"],
      ["canis wim", "can i swim"],
    ];
    for (const [a, b] of differentGap) {
      it(`gives "${a}" and "${b}" different keys`, () => {
        assert.notEqual(gapKey(a), gapKey(b));
      });
    }

    it("is a 16-character hex string usable as a Firestore field name", () => {
      assert.match(gapKey("anything?"), /^[0-9a-f]{16}$/);
    });
  });

  describe("mergeDashboard", () => {
    it("sums the counters of every shard exactly", () => {
      const shards: Tree[] = [
        { totals: { sessions: 2, seconds: 60, answered: 3, unanswered: 1, attention_open: 1 } },
        { totals: { sessions: 5, seconds: 90, answered: 7, unanswered: 0, attention_open: 2 } },
        {},
      ];
      const d = mergeDashboard(undefined, shards);
      assert.deepEqual(d.totals, {
        patients: 0,
        sessions: 7,
        minutes: 2.5,
        questions_answered: 10,
        questions_unanswered: 1,
        open_attention_items: 0,
        open_alerts: 0,
      });
    });

    it("takes open alerts and open attention items from the alerts, not the shards", () => {
      const d = mergeDashboard(undefined, [{ totals: { sessions: 1 } }], [], { alerts: 3, attentionItems: 5 });
      assert.equal(d.totals.open_alerts, 3);
      assert.equal(d.totals.open_attention_items, 5);
    });

    const minuteCases: [number, number][] = [
      [0, 0],
      [30, 0.5],
      [60, 1],
      [61, 1],
      [63, 1.1],
      [3600, 60],
      [5000, 83.3],
    ];
    for (const [seconds, expected] of minuteCases) {
      it(`shows ${seconds} s as ${expected} minutes, rounded to one decimal`, () => {
        const d = mergeDashboard(undefined, [{ totals: { seconds }, by_agent: { a: { seconds } } }]);
        assert.equal(d.totals.minutes, expected);
        assert.equal(d.by_agent.a!.minutes, expected);
      });
    }

    it("takes the document counts from the counts document", () => {
      const d = mergeDashboard({ counts: { patients: 4, knowledge_documents: 3, agents: 2, audio: 1 } }, []);
      assert.deepEqual(d.counts, { knowledge_documents: 3, agents: 2, audio: 1, patients: 4 });
      assert.equal(d.totals.patients, 4);
    });

    it("returns an all-zero dashboard when there is nothing yet", () => {
      const d = mergeDashboard(undefined, []);
      assert.equal(d.totals.sessions, 0);
      assert.deepEqual(d.by_agent, {});
      assert.deepEqual(d.knowledge_gaps, []);
    });

    it("never shows a negative number of open attention items", () => {
      const d = mergeDashboard(undefined, [], [], { alerts: -1, attentionItems: -3 });
      assert.equal(d.totals.open_attention_items, 0);
      assert.equal(d.totals.open_alerts, 0);
    });

    it("sorts knowledge gaps by count descending, then by question text, leaving out emptied ones", () => {
      const gaps = [
        { question: "Can I eat?", count: 2 },
        { question: "Can I drink?", count: 5 },
        { question: "Can I run?", count: 3 },
        { question: "Can I fly?", count: 0 },
      ];
      assert.deepEqual(mergeDashboard(undefined, [], gaps).knowledge_gaps, [
        { question: "Can I drink?", count: 5 },
        { question: "Can I run?", count: 3 },
        { question: "Can I eat?", count: 2 },
      ]);
    });

    it("keeps only the requested number of top gaps", () => {
      const gaps = Array.from({ length: 15 }, (_, i) => ({ question: `q${i}`, count: i + 1 }));
      assert.deepEqual(
        mergeDashboard(undefined, [], gaps, undefined, 3).knowledge_gaps.map((g) => g.count),
        [15, 14, 13],
      );
      assert.equal(mergeDashboard(undefined, [], gaps).knowledge_gaps.length, 10);
    });

    it("labels disease buckets with their display name rather than the field key", () => {
      const shard = applyDelta({}, outcomeDelta(outcome({ diseaseNames: ["Type 2 diabetes"] })));
      const d = mergeDashboard(undefined, [shard]);
      assert.deepEqual(Object.keys(d.by_disease), ["Type 2 diabetes"]);
      assert.equal(d.by_disease["Type 2 diabetes"]!.sessions, 1);
    });


    // Pending: safeKey() maps every non-ASCII character to "_", so distinct non-English disease
    // names collide in one by_disease bucket (see report). Un-skip once the key is collision-free.
    it("keeps diseases whose names differ only in non-ASCII letters in separate buckets", () => {
      const s1 = applyDelta({}, outcomeDelta(outcome({ diseaseNames: ["胃癌"] })));
      const s2 = applyDelta({}, outcomeDelta(outcome({ diseaseNames: ["肺癌"] })));
      const d = mergeDashboard(undefined, [s1, s2]);
      assert.equal(d.by_disease["胃癌"]?.sessions, 1);
      assert.equal(d.by_disease["肺癌"]?.sessions, 1);
    });
  });

  describe("outcomeDelta + mergeDashboard", () => {
    const seeds = [1, 42, 2025];
    for (const seed of seeds) {
      it(`gives the same totals as the outcomes themselves however they are split across shards (seed ${seed})`, () => {
        const random = prng(seed);
        const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
        const int = (max: number) => Math.floor(random() * (max + 1));
        const agents = ["agent_a", "agent_b", "agent-c"];
        const diseases = ["Asthma", "Type 2 diabetes", "Heart failure", "Knee surgery"];
        const days = ["2025-01-01", "2025-01-02", "2025-02-28"];
        const questions = ["Can I swim?", "Is dust bad?", "When can I drive?", "May I drink coffee?", "Do I fast?"];

        const outcomes: ConversationOutcome[] = Array.from({ length: 200 }, () => ({
          agentId: pick(agents),
          diseaseNames: diseases.filter(() => random() < 0.4),
          day: pick(days),
          durationSeconds: int(1800),
          answered: int(10),
          unanswered: int(4),
          attention: int(2),
        }));
        const asked = outcomes.map(() => questions.filter(() => random() < 0.3));

        const shardCount = 1 + int(9);
        const shards: Tree[] = Array.from({ length: shardCount }, () => ({}));
        for (const o of outcomes) applyDelta(shards[int(shardCount - 1)]!, outcomeDelta(o));
        // Gap documents keyed by gapKey, as the stats repository keeps them.
        const gapDocs = new Map<string, { question: string; count: number }>();
        for (const list of asked) {
          for (const g of gapContributions(list)) {
            const doc = gapDocs.get(g.key) ?? { question: g.question, count: 0 };
            doc.count += g.count;
            gapDocs.set(g.key, doc);
          }
        }
        const d = mergeDashboard(undefined, shards, [...gapDocs.values()], { alerts: 0, attentionItems: 0 }, 100);

        const sum = (list: ConversationOutcome[], f: (o: ConversationOutcome) => number) => list.reduce((t, o) => t + f(o), 0);
        const bucket = (list: ConversationOutcome[]) => ({
          sessions: list.length,
          minutes: minutes(sum(list, (o) => o.durationSeconds)),
          answered: sum(list, (o) => o.answered),
          unanswered: sum(list, (o) => o.unanswered),
          attention: sum(list, (o) => o.attention),
        });

        assert.deepEqual(d.totals, {
          patients: 0,
          sessions: outcomes.length,
          minutes: minutes(sum(outcomes, (o) => o.durationSeconds)),
          questions_answered: sum(outcomes, (o) => o.answered),
          questions_unanswered: sum(outcomes, (o) => o.unanswered),
          open_attention_items: 0,
          open_alerts: 0,
        });
        for (const agent of agents) {
          const list = outcomes.filter((o) => o.agentId === agent);
          if (list.length) assert.deepEqual(d.by_agent[agent], bucket(list), agent);
        }
        for (const disease of diseases) {
          const list = outcomes.filter((o) => o.diseaseNames.includes(disease));
          if (list.length) assert.deepEqual(d.by_disease[disease], bucket(list), disease);
        }
        for (const day of days) {
          const list = outcomes.filter((o) => o.day === day);
          if (list.length) assert.deepEqual(d.by_day[day], bucket(list), day);
        }
        const expectedGaps = questions
          .map((question) => ({ question, count: asked.filter((list) => list.includes(question)).length }))
          .filter((g) => g.count > 0)
          .sort((a, b) => b.count - a.count || a.question.localeCompare(b.question));
        assert.deepEqual(d.knowledge_gaps, expectedGaps);
      });
    }
  });
});
