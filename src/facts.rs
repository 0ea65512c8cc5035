//! Counting every fact once: the claims linked `same_fact` (in whichever
//! direction the link is stored) form one cluster, and each cluster has one
//! representative, the record whose figures the charts count.
//!
//! Pure: no web APIs, so the validator, the example and the views share it.

use crate::fast_hash::FastMap;

use crate::model::{Claim, FlagCode, Relation};

/// Index of a cluster, dense from 0 in the order of first members.
pub type ClusterId = usize;

/// The `same_fact` clusters of a list of claims.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FactClusters {
    cluster: Vec<ClusterId>,
    members: Vec<Vec<usize>>,
    representative: Vec<usize>,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

impl FactClusters {
    /// Union–find over the `same_fact` links of `claims`; links to ids that
    /// are not among `claims` (diplomacy events, missing records) are ignored.
    pub fn new(claims: &[Claim]) -> Self {
        let at: FastMap<&str, usize> = claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let mut parent: Vec<usize> = (0..claims.len()).collect();
        for (i, c) in claims.iter().enumerate() {
            for l in c.links.iter().filter(|l| l.relation == Relation::SameFact) {
                if let Some(&j) = at.get(l.target.as_str()) {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        let mut id_of_root: FastMap<usize, ClusterId> = FastMap::default();
        let mut cluster = Vec::with_capacity(claims.len());
        let mut members: Vec<Vec<usize>> = Vec::new();
        for i in 0..claims.len() {
            let root = find(&mut parent, i);
            let next = members.len();
            let id = *id_of_root.entry(root).or_insert(next);
            if id == members.len() {
                members.push(Vec::new());
            }
            members[id].push(i);
            cluster.push(id);
        }
        let representative = members.iter().map(|m| Self::pick(claims, m)).collect();
        FactClusters { cluster, members, representative }
    }

    /// The member a `preferred_figure` flag of any member names; else the
    /// first member in file order.
    fn pick(claims: &[Claim], members: &[usize]) -> usize {
        members
            .iter()
            .flat_map(|&i| claims[i].flags.iter())
            .filter(|f| f.code == FlagCode::PreferredFigure)
            .find_map(|f| {
                let id = f.prefer.as_deref()?;
                members.iter().copied().find(|&m| claims[m].id == id)
            })
            .unwrap_or(members[0])
    }

    pub fn cluster_of(&self, claim_index: usize) -> ClusterId {
        self.cluster[claim_index]
    }

    /// The claims of a cluster, in file order.
    pub fn members(&self, id: ClusterId) -> &[usize] {
        &self.members[id]
    }

    /// The claim that stands for the cluster when facts are counted.
    pub fn representative(&self, id: ClusterId) -> usize {
        self.representative[id]
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Whether two claims report the same fact.
    pub fn same(&self, a: usize, b: usize) -> bool {
        self.cluster[a] == self.cluster[b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Flag, Link};

    fn claims(links: &[(&str, &[&str])]) -> Vec<Claim> {
        let base: Claim = serde_json::from_value(serde_json::json!({
            "id": "x", "claimant": "a", "side": "press",
            "asserted": { "date": "2020-10-01", "precision": "day", "rule": "publication" },
            "occurred": { "date": "2020-10-01", "precision": "day", "rule": "publication" },
            "category": "background", "summary": "s",
            "quote": { "source": "s", "start": 0, "end": 1, "text": "t" }
        }))
        .unwrap();
        links
            .iter()
            .map(|(id, targets)| Claim {
                id: (*id).into(),
                links: targets.iter().map(|t| Link { relation: Relation::SameFact, target: (*t).into() }).collect(),
                ..base.clone()
            })
            .collect()
    }

    #[test]
    fn links_in_either_direction_join_one_cluster() {
        // a–b stored on a, c–b stored on c, d alone, e–f stored on f.
        let cs = claims(&[("a", &["b"]), ("b", &[]), ("c", &["b"]), ("d", &[]), ("e", &[]), ("f", &["e"])]);
        let fc = FactClusters::new(&cs);
        assert_eq!(fc.len(), 3);
        assert_eq!(fc.members(fc.cluster_of(2)), &[0, 1, 2]);
        assert_eq!(fc.members(fc.cluster_of(3)), &[3]);
        assert_eq!(fc.members(fc.cluster_of(5)), &[4, 5]);
        assert_eq!((fc.cluster_of(0), fc.cluster_of(3), fc.cluster_of(4)), (0, 1, 2));
        assert!(fc.same(0, 2) && !fc.same(0, 3));
        assert_eq!(fc.representative(0), 0);
    }

    #[test]
    fn a_preferred_figure_flag_picks_the_representative() {
        let mut cs = claims(&[("a", &["b"]), ("b", &[]), ("z", &["q"])]);
        cs[0].flags.push(Flag {
            code: FlagCode::PreferredFigure,
            message: "m".into(),
            related: vec![],
            prefer: Some("b".into()),
        });
        let fc = FactClusters::new(&cs);
        assert_eq!(fc.representative(fc.cluster_of(0)), 1);
        // A link to an unknown id leaves the claim alone.
        assert_eq!(fc.members(fc.cluster_of(2)), &[2]);
    }
}
