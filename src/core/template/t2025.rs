//! Mẫu 2A / 2B / 2C-HD KĐ.ĐG 2025 (HD 43-HD/BTCTW), review years 2025 on.
//! Source: `shared/domain/regulations.md` §3.3 and `criteria.md`.

use super::{Regime, Template, TemplateId};
use crate::core::dossier::IdentityField as F;

const IDENTITY: &[F] = &[
    F::FullName,
    F::BirthDate,
    F::PartyPost,
    F::GovernmentPost,
    F::MassOrgPost,
    F::WorkUnit,
    F::PartyCell,
    F::PartyCommittee,
    F::Place,
];

const TITLE: &str = "BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN";

pub static LEADER: Template = Template {
    id: TemplateId::Y2025Leader,
    version: 1,
    code: "Mẫu 2A-HD KĐ.ĐG 2025",
    title: TITLE,
    subtitle: Some("(Cá nhân giữ chức vụ lãnh đạo, quản lý)"),
    regime: Regime::Qd366,
    identity: IDENTITY,
    sections: &[],
    notes: &[],
};

pub static MEMBER: Template = Template {
    id: TemplateId::Y2025Member,
    version: 1,
    code: "Mẫu 2B-HD KĐ.ĐG 2025",
    title: TITLE,
    subtitle: Some("(Cá nhân không giữ chức vụ lãnh đạo, quản lý)"),
    regime: Regime::Qd366,
    identity: IDENTITY,
    sections: &[],
    notes: &[],
};

pub static OUTSIDE: Template = Template {
    id: TemplateId::Y2025Outside,
    version: 1,
    code: "Mẫu 2C-HD KĐ.ĐG 2025",
    title: TITLE,
    subtitle: Some("(Đảng viên không làm việc trong hệ thống chính trị)"),
    regime: Regime::Qd366,
    identity: IDENTITY,
    sections: &[],
    notes: &[],
};
