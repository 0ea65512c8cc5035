//! A fast hasher for the maps keyed by a dataset's own ids (the
//! validator's, the catalog's, the query index's). The standard SipHash
//! resists hash flooding by strangers' input; these maps hold a file the
//! person chose themselves, and at 100,000 claims SipHash was a sixth of
//! the validator's time. The mixing step is the one rustc uses (FxHash).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: rotate, xor in the next word, multiply.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_alike_and_different_keys_apart() {
        let mut m: FastMap<&str, usize> = FastMap::default();
        for (i, id) in ["c-1", "c-2", "c-10", "a-very-long-claim-identifier-1", "a-very-long-claim-identifier-2"]
            .into_iter()
            .enumerate()
        {
            m.insert(id, i);
        }
        assert_eq!(m.len(), 5);
        assert_eq!(m.get("c-10"), Some(&2));
        assert_eq!(m.get("a-very-long-claim-identifier-2"), Some(&4));
        assert_eq!(m.get("c-3"), None);
    }
}
