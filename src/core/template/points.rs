//! How many points each 2025 criterion is worth.
//!
//! QĐ 366-QĐ/TW Điều 10 fixes a 100-point scale in two groups (nhóm tiêu
//! chí chung /30, nhóm tiêu chí về kết quả thực hiện nhiệm vụ /70; Phụ lục
//! 4 and 5 print "(30 ĐIỂM)" / "(70 ĐIỂM)" [C], Phụ lục 3 does not [M]).
//! The split of a group between its criteria is NOT set centrally: HD
//! 43-HD/BTCTW mục 7.12 leaves «nội dung chấm điểm» to the upper party
//! committees (criteria.md §4.0 [C]). So the split is data: a
//! [`PointScheme`] that a đảng bộ can issue (e.g. as JSON), checked against
//! the template with [`PointScheme::check`]. Until one is supplied, the app
//! uses [`PointScheme::default_for`]: equal shares, in tenths of a point,
//! labelled [`SchemeOrigin::AppDefault`] (and a note in each 2025 template
//! says so to the person).

use serde::{Deserialize, Serialize};

use super::{Template, TemplateId};
use crate::core::vocab::Points;

/// Who set a point scheme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SchemeOrigin {
    /// The app's default: each group's maximum shared equally between its
    /// criteria. Not a regulation.
    AppDefault,
    /// Issued by a party committee (HD 43 mục 7.12).
    Issued {
        /// The issuing committee, e.g. "Đảng ủy xã …".
        issuer: String,
        /// The document that sets it, e.g. "Hướng dẫn số …-HD/ĐU".
        reference: String,
    },
}

/// The maximum of one criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionMax {
    /// The criterion id ("B.I.chung.1").
    pub criterion: String,
    pub max: Points,
}

/// The maxima of one criteria group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupScheme {
    /// The group id ("B.I.chung").
    pub group: String,
    /// The group's maximum; must equal the template's (30 or 70 points).
    pub max: Points,
    /// One entry per criterion of the group, summing to `max`.
    pub criteria: Vec<CriterionMax>,
}

/// The maximum points of every 2025 criterion of one template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PointScheme {
    pub template: TemplateId,
    pub origin: SchemeOrigin,
    pub groups: Vec<GroupScheme>,
}

/// Why a point scheme does not fit a template.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PointSchemeError {
    #[error("the scheme is for template {scheme:?}, not {template:?}")]
    WrongTemplate {
        scheme: TemplateId,
        template: TemplateId,
    },
    #[error("template {0:?} has no scoring")]
    NoScoring(TemplateId),
    #[error("the groups must be {expected:?}, in that order; found {found:?}")]
    Groups {
        expected: Vec<String>,
        found: Vec<String>,
    },
    #[error("group {group} must be worth {expected:?}, not {found:?}")]
    GroupMax {
        group: String,
        expected: Points,
        found: Points,
    },
    #[error("group {group} must list criteria {expected:?}, in that order; found {found:?}")]
    Criteria {
        group: String,
        expected: Vec<String>,
        found: Vec<String>,
    },
    #[error("criterion {0} has no points")]
    ZeroCriterion(String),
    #[error("the criteria of group {group} add up to {sum:?}, not {max:?}")]
    Sum {
        group: String,
        sum: Points,
        max: Points,
    },
}

impl PointScheme {
    /// `total` shared between `n` parts as equally as tenths allow; the first
    /// parts get the odd tenths (70 points in 3: 23.4 + 23.3 + 23.3).
    ///
    /// ```
    /// use kiemdiem::core::dossier::Points;
    /// use kiemdiem::core::template::PointScheme;
    /// assert_eq!(
    ///     PointScheme::split_evenly(Points(700), 3),
    ///     vec![Points(234), Points(233), Points(233)]
    /// );
    /// ```
    pub fn split_evenly(total: Points, n: usize) -> Vec<Points> {
        let Ok(n32) = u32::try_from(n) else {
            return Vec::new();
        };
        if n32 == 0 {
            return Vec::new();
        }
        let (share, rest) = (total.0 / n32, total.0 % n32);
        (0..n32)
            .map(|i| Points(share + u32::from(i < rest)))
            .collect()
    }

    /// The app's default scheme for a template: every group's maximum shared
    /// equally between its criteria ([`SchemeOrigin::AppDefault`]). `None`
    /// for a template without scoring (2019, 2023).
    pub fn default_for(template: &Template) -> Option<PointScheme> {
        let scoring = template.scoring?;
        let groups = scoring
            .groups
            .iter()
            .map(|g| GroupScheme {
                group: g.id.to_owned(),
                max: g.max,
                criteria: g
                    .criteria
                    .iter()
                    .zip(Self::split_evenly(g.max, g.criteria.len()))
                    .map(|(c, max)| CriterionMax {
                        criterion: c.id.to_owned(),
                        max,
                    })
                    .collect(),
            })
            .collect();
        Some(PointScheme {
            template: template.id,
            origin: SchemeOrigin::AppDefault,
            groups,
        })
    }

    /// Whether this is the app's default (not a committee's scheme).
    pub fn is_default(&self) -> bool {
        self.origin == SchemeOrigin::AppDefault
    }

    /// The sum of the group maxima.
    pub fn total(&self) -> Points {
        Points(self.groups.iter().map(|g| g.max.0).sum())
    }

    /// The maximum of a group.
    pub fn group_max(&self, group: &str) -> Option<Points> {
        self.groups.iter().find(|g| g.group == group).map(|g| g.max)
    }

    /// The maximum of a criterion.
    pub fn criterion_max(&self, criterion: &str) -> Option<Points> {
        self.groups
            .iter()
            .flat_map(|g| &g.criteria)
            .find(|c| c.criterion == criterion)
            .map(|c| c.max)
    }

    /// Checks that the scheme fits the template: same template, the same
    /// groups and criteria in the same order, group maxima as the template
    /// sets them, every criterion worth something, and each group's criteria
    /// adding up to the group's maximum.
    pub fn check(&self, template: &Template) -> Result<(), PointSchemeError> {
        if self.template != template.id {
            return Err(PointSchemeError::WrongTemplate {
                scheme: self.template,
                template: template.id,
            });
        }
        let scoring = template
            .scoring
            .ok_or(PointSchemeError::NoScoring(template.id))?;
        let expected: Vec<String> = scoring.groups.iter().map(|g| g.id.to_owned()).collect();
        let found: Vec<String> = self.groups.iter().map(|g| g.group.clone()).collect();
        if expected != found {
            return Err(PointSchemeError::Groups { expected, found });
        }
        for (tg, sg) in scoring.groups.iter().zip(&self.groups) {
            if sg.max != tg.max {
                return Err(PointSchemeError::GroupMax {
                    group: sg.group.clone(),
                    expected: tg.max,
                    found: sg.max,
                });
            }
            let expected: Vec<String> = tg.criteria.iter().map(|c| c.id.to_owned()).collect();
            let found: Vec<String> = sg.criteria.iter().map(|c| c.criterion.clone()).collect();
            if expected != found {
                return Err(PointSchemeError::Criteria {
                    group: sg.group.clone(),
                    expected,
                    found,
                });
            }
            if let Some(c) = sg.criteria.iter().find(|c| c.max.0 == 0) {
                return Err(PointSchemeError::ZeroCriterion(c.criterion.clone()));
            }
            let sum = Points(sg.criteria.iter().map(|c| c.max.0).sum());
            if sum != sg.max {
                return Err(PointSchemeError::Sum {
                    group: sg.group.clone(),
                    sum,
                    max: sg.max,
                });
            }
        }
        Ok(())
    }
}
