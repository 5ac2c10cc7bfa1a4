//! Sequential against parallel, for the patterns the rayon chapter teaches:
//! `map` + `sum`, `fold` + `reduce` into a map, `par_chunks_mut`, and
//! `rayon::join` divide and conquer. Each pair computes the same result
//! (checked before any time is reported), on inputs large enough that the
//! work dominates. Prints one line per pattern: the median of several runs
//! of each, and the speed-up. Run by `cargo xtask bench --rayon`, in release.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use rayon::prelude::*;

const RUNS: usize = 5;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Times `run` `RUNS` times after one warm-up and returns its result and median.
fn time<T>(mut run: impl FnMut() -> T) -> (T, Duration) {
    let result = run();
    let times = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(run());
            started.elapsed()
        })
        .collect();
    (result, median(times))
}

fn report<T: PartialEq + std::fmt::Debug>(
    name: &str,
    sequential: impl FnMut() -> T,
    parallel: impl FnMut() -> T,
) {
    let (expected, seq) = time(sequential);
    let (got, par) = time(parallel);
    assert_eq!(got, expected, "{name}: the parallel result differs");
    println!(
        "{name:<42} sequential {:>8.1} ms   parallel {:>8.1} ms   speed-up {:>4.2}x",
        seq.as_secs_f64() * 1e3,
        par.as_secs_f64() * 1e3,
        seq.as_secs_f64() / par.as_secs_f64()
    );
}

/// A deterministic text of `words` words over a small vocabulary.
fn text(words: usize) -> Vec<String> {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    (0..words)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            format!("w{}", state % 5000)
        })
        .collect()
}

fn merge_sort(v: &mut [u64], parallel: bool) {
    if v.len() <= 4096 {
        v.sort_unstable();
        return;
    }
    let mid = v.len() / 2;
    let (left, right) = v.split_at_mut(mid);
    if parallel {
        rayon::join(|| merge_sort(left, true), || merge_sort(right, true));
    } else {
        merge_sort(left, false);
        merge_sort(right, false);
    }
    let mut merged = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if v[i] <= v[j] {
            merged.push(v[i]);
            i += 1;
        } else {
            merged.push(v[j]);
            j += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..]);
    v.copy_from_slice(&merged);
}

fn blur_row(row: &mut [u32]) {
    let copy = row.to_vec();
    for (x, pixel) in row.iter_mut().enumerate() {
        let lo = x.saturating_sub(2);
        let hi = (x + 3).min(copy.len());
        *pixel = copy[lo..hi].iter().sum::<u32>() / (hi - lo) as u32;
    }
}

fn main() {
    println!(
        "rayon on {} threads (the machine's cores); medians of {RUNS} runs\n",
        rayon::current_num_threads()
    );

    let numbers: Vec<u64> = (0..20_000_000).collect();
    let work = |n: &u64| (n ^ (n >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40;
    report(
        "map + sum over 20 M numbers",
        || numbers.iter().map(work).sum::<u64>(),
        || numbers.par_iter().map(work).sum::<u64>(),
    );

    let words = text(2_000_000);
    report(
        "fold + reduce: word count of 2 M words",
        || {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for word in &words {
                *counts.entry(word).or_default() += 1;
            }
            let mut counts: Vec<_> = counts.into_iter().collect();
            counts.sort();
            counts
        },
        || {
            let counts = words
                .par_iter()
                .fold(HashMap::new, |mut counts: HashMap<&str, usize>, word| {
                    *counts.entry(word.as_str()).or_default() += 1;
                    counts
                })
                .reduce(HashMap::new, |mut total, part| {
                    for (word, n) in part {
                        *total.entry(word).or_default() += n;
                    }
                    total
                });
            let mut counts: Vec<_> = counts.into_iter().collect();
            counts.sort();
            counts
        },
    );

    let width = 4096;
    let image: Vec<u32> = (0..width as u32 * 2048).map(|i| i % 251).collect();
    report(
        "par_chunks_mut: blur 2048 rows of 4096",
        || {
            let mut image = image.clone();
            image.chunks_mut(width).for_each(blur_row);
            image
        },
        || {
            let mut image = image.clone();
            image.par_chunks_mut(width).for_each(blur_row);
            image
        },
    );

    let mut state = 88_172_645_463_325_252u64;
    let data: Vec<u64> = (0..4_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        })
        .collect();
    report(
        "join: merge sort of 4 M numbers",
        || {
            let mut v = data.clone();
            merge_sort(&mut v, false);
            v
        },
        || {
            let mut v = data.clone();
            merge_sort(&mut v, true);
            v
        },
    );
}
