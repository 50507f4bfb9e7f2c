/**
 * Patient tiering for a process that exists to analyze a batch from a cold start: `warta ingest` calls
 * it before its workers start, and the bench before its ingest part, which it runs last.
 *
 * V8 optimizes a function once it has run a budget of bytecode (67,584 bytes in Node 20's V8 11.3).
 * The analyzer's large functions, optimized that early, meet types they have no feedback for yet,
 * are thrown away and compiled again: the first 1,000 Detik articles of a fresh thread cost about
 * 400 optimizing compilations and 110 deoptimizations, as much CPU on V8's compiler threads as the
 * analysis itself. With eight times the budget they are compiled later and mostly once: those
 * 1,000 articles take about 3 s of CPU instead of 5, which on 2 cores is what an ingest is short of.
 *
 * The flag is process-wide (worker threads share it) and is only raised, never lowered: lowering it
 * again in a running process left the analyzer at half its speed in a trial. Functions that run only
 * a little stay unoptimized longer, so everything else keeps the default: the warmed-up analysis was
 * slower with it in most paired runs, and the store's queries, timed after an ingest in the same
 * process, took 2-6 times as long.
 * Applied only on V8 11.3, whose default is known; elsewhere V8 is left alone.
 */
import { setFlagsFromString } from 'node:v8';

const PATIENT_BUDGET = 8 * 67_584;
let applied = false;

/** Raises V8's tier-up budget for the rest of the process; true if it is (now or already) raised. */
export function patientTiering(v8Version: string = process.versions.v8): boolean {
  if (applied) return true;
  if (!v8Version.startsWith('11.3.')) return false;
  setFlagsFromString(`--interrupt-budget=${PATIENT_BUDGET}`);
  applied = true;
  return true;
}
