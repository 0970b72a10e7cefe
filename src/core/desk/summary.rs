//! The cell's summary: counts per level (the members' own proposals and
//! the cell's side by side), who is not rated and why, and the cap on
//! "Hoàn thành xuất sắc nhiệm vụ" as the regulation of the year states it.
//!
//! The cap is not the cell's to decide: the competent level (đảng ủy cơ
//! sở, or the level above) decides how many are rated HTXS. The desk only
//! shows the cell's proposals against it, so that the secretary sees how
//! far over they are before sending them up.

use serde::{Deserialize, Serialize};

use crate::core::dossier::Rating;

use super::{Desk, NotRatedKind};

/// One level's counts: the members' own proposals and the cell's
/// proposals ([`super::CellReview::level`]), over the counted files of the
/// cell's year of members who are rated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelRow {
    pub level: Rating,
    pub own: u32,
    pub cell: u32,
}

/// Which regulation's cap applies to a review year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapRegime {
    /// Review years up to 2022: HD 21-HD/BTCTW mục 2.3 a) \[C\]
    /// (`shared/domain/criteria.md` §6.2): «Cấp có thẩm quyền xem xét,
    /// quyết định số lượng đảng viên được xếp loại "Hoàn thành xuất sắc
    /// nhiệm vụ" không vượt quá 20% số đảng viên được xếp loại "Hoàn thành
    /// tốt nhiệm vụ" trong từng tổ chức cơ sở đảng.» Counted across the
    /// whole grassroots organisation, not per cell.
    Hd21_2019,
    /// Review years 2023–2024: QĐ 124-QĐ/TW. \[M\] Unconfirmed: the
    /// reference has the rule only from memory (`regulations.md` §4.2:
    /// «HTXS ≤20% of HTT among comparable positions … Verify before use»).
    Qd124_2023,
    /// Review years from 2025: QĐ 366-QĐ/TW Điều 11 khoản 1 \[C\]
    /// (`criteria.md` §5.1): «Số lượng tập thể, cá nhân được xếp loại
    /// "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số tập thể,
    /// cá nhân được xếp loại "Hoàn thành tốt nhiệm vụ" theo đối tượng có vị
    /// trí, vai trò, chức năng, nhiệm vụ tương đồng, do cấp có thẩm quyền
    /// xem xét, quyết định.» and «Trường hợp tổ chức, cơ quan, đơn vị có
    /// thành tích xuất sắc, nổi trội, … thì cấp có thẩm quyền quyết định tỉ
    /// lệ hoàn thành xuất sắc nhiệm vụ đối với tập thể, cá nhân thuộc phạm
    /// vi quản lý, không vượt quá 25% tổng số tập thể, cá nhân được xếp loại
    /// "Hoàn thành tốt nhiệm vụ".»
    Qd366_2025,
}

impl CapRegime {
    /// The regime of a review year.
    pub fn of_year(year: i32) -> CapRegime {
        match year {
            ..=2022 => CapRegime::Hd21_2019,
            2023 | 2024 => CapRegime::Qd124_2023,
            _ => CapRegime::Qd366_2025,
        }
    }

    /// Whether the reference confirms the rule's text.
    pub fn confirmed(self) -> bool {
        !matches!(self, CapRegime::Qd124_2023)
    }
}

/// The cap checked on the cell's figures.
///
/// The level that counts for each member is the cell's proposal where set,
/// else the member's own. The limit is taken over the number rated "Hoàn
/// thành tốt nhiệm vụ", as the texts read. \[M\] Unconfirmed reading:
/// whether members rated HTXS are also counted inside that HTT figure is
/// not said in the texts the reference holds; the desk does not count
/// them there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CapCheck {
    pub regime: CapRegime,
    /// Members at "Hoàn thành xuất sắc nhiệm vụ".
    pub excellent: u32,
    /// Members at "Hoàn thành tốt nhiệm vụ".
    pub good: u32,
    /// floor(20% of `good`).
    pub limit: u32,
    /// floor(25% of `good`), from 2025 (where the competent level decides).
    pub raised_limit: Option<u32>,
    /// How many HTXS are over `limit`.
    pub over: u32,
    /// Whether the rule's text is confirmed in the reference.
    pub confirmed: bool,
}

impl CapCheck {
    /// The check of `excellent` against `good` under `regime`.
    pub fn new(regime: CapRegime, excellent: u32, good: u32) -> CapCheck {
        let limit = good * 20 / 100;
        CapCheck {
            regime,
            excellent,
            good,
            limit,
            raised_limit: (regime == CapRegime::Qd366_2025).then_some(good * 25 / 100),
            over: excellent.saturating_sub(limit),
            confirmed: regime.confirmed(),
        }
    }
}

/// The cell's summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub year: Option<i32>,
    pub roster_size: u32,
    /// Counted files (one per member) of the cell's year.
    pub handed_in: u32,
    /// Roster members who have not handed in.
    pub missing: u32,
    /// Handed in and rated.
    pub rated: u32,
    /// Handed in, not rated: name and grounds.
    pub not_rated: Vec<(String, Vec<NotRatedKind>)>,
    /// Best level first.
    pub levels: Vec<LevelRow>,
    /// Rated, with no own proposal.
    pub own_missing: u32,
    /// Rated, with no level proposed by the cell yet.
    pub cell_undecided: u32,
    pub cap: CapCheck,
}

/// The cell's summary of a desk.
pub fn summarize(desk: &Desk) -> Summary {
    let counted: Vec<_> = desk.counted().collect();
    let mut levels: Vec<LevelRow> = Rating::ALL
        .iter()
        .map(|&level| LevelRow {
            level,
            own: 0,
            cell: 0,
        })
        .collect();
    let mut not_rated = Vec::new();
    let (mut rated, mut own_missing, mut cell_undecided) = (0, 0, 0);
    let (mut excellent, mut good) = (0, 0);
    for f in &counted {
        let r = &f.received;
        if r.is_not_rated() {
            not_rated.push((r.full_name.clone(), r.not_rated.clone()));
            continue;
        }
        rated += 1;
        let cell_level = desk.reviews.get(&r.digest).and_then(|c| c.level);
        match r.proposed {
            Some(l) => levels[l as usize].own += 1,
            None => own_missing += 1,
        }
        match cell_level {
            Some(l) => levels[l as usize].cell += 1,
            None => cell_undecided += 1,
        }
        match cell_level.or(r.proposed) {
            Some(Rating::Excellent) => excellent += 1,
            Some(Rating::Good) => good += 1,
            _ => {}
        }
    }
    let regime = CapRegime::of_year(desk.cell.year.unwrap_or(i32::MAX));
    Summary {
        year: desk.cell.year,
        roster_size: desk.roster.len() as u32,
        handed_in: counted.len() as u32,
        missing: desk.missing().len() as u32,
        rated,
        not_rated,
        levels,
        own_missing,
        cell_undecided,
        cap: CapCheck::new(regime, excellent, good),
    }
}

/// `n` as a percentage of `of`, rounded to one decimal (`None` when `of`
/// is 0).
///
/// ```
/// use kiemdiem::core::desk::summary::percent;
/// assert_eq!(percent(1, 3), Some(33.3));
/// assert_eq!(percent(2, 3), Some(66.7));
/// assert_eq!(percent(1, 0), None);
/// ```
pub fn percent(n: u32, of: u32) -> Option<f64> {
    (of > 0).then(|| {
        let tenths = (u64::from(n) * 1000 * 2 + u64::from(of)) / (u64::from(of) * 2);
        tenths as f64 / 10.0
    })
}
