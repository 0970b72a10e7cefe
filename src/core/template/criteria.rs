//! The criteria of QĐ 366-QĐ/TW Phụ lục 3, 4 and 5, verbatim, for the
//! scoring part (B.I) of the 2025 forms.
//!
//! Source: `shared/domain/criteria.md` §1–3 (thuvienphapluat copies in
//! tnt305/tai_lieu_noi_bo, `ds:` file names below). The lines are copied
//! as the reference prints them, each bullet or sub-head one line, with its
//! "-", "(i)" or "(*)". Only the split into criteria is the app's: a
//! criterion is a numbered heading of the appendix with the lines under it.
//! The points each criterion is worth are not here (see `points.rs`).

use super::{Confidence, CriteriaGroup, Criterion, GroupKind, Scoring, Sector};
use crate::core::vocab::Points;

/// 30 points (QĐ 366 Điều 10; Phụ lục 4, 5 «(30 ĐIỂM)»).
const GENERAL_MAX: Points = Points(300);
/// 70 points (QĐ 366 Điều 10; Phụ lục 4, 5 «(70 ĐIỂM)»).
const TASKS_MAX: Points = Points(700);
/// "Tổng điểm: …/100" (criteria.md §4.1, 2C form [C]).
const TOTAL_LABEL: &str = "Tổng điểm:";
const TOTAL_MAX: Points = Points(1000);

// criteria.md §1.1, QĐ 366 Phụ lục 3, nhóm tiêu chí chung (ds:b2de75e4ed30b563) [C]
const PL3_GENERAL: &[Criterion] = &[
    Criterion {
        id: "B.I.chung.1",
        number: "1.",
        heading: "Về chính trị, tư tưởng",
        body: prose!(&[
            "(i) Tuyệt đối trung thành với Đảng, với Tổ quốc và Nhân dân; kiên định lý tưởng cách mạng, chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc, chủ nghĩa xã hội và đường lối đổi mới của Đảng.",
            "(ii) Có lập trường, quan điểm, bản lĩnh chính trị vững vàng, không dao động trước mọi khó khăn, thách thức; kiên quyết bảo vệ nền tảng tư tưởng, Cương lĩnh, đường lối của Đảng, Hiến pháp và pháp luật của Nhà nước; nhận thức và hành động thống nhất về tư tưởng chính trị, tổ chức và đạo đức; đấu tranh phản bác các quan điểm sai trái, luận điệu xuyên tạc của các thế lực thù địch. Giữ nghiêm kỷ luật phát ngôn theo đúng nguyên tắc, quy định của Đảng.",
            "(iii) Có tinh thần yêu nước sâu sắc, tận tuỵ phục vụ Nhân dân, sâu sát cơ sở, luôn hành động vì lợi ích của Nhân dân, đặt lợi ích của Đảng, quốc gia, dân tộc, Nhân dân, tập thể lên trên lợi ích cá nhân; sẵn sàng hy sinh vì sự nghiệp của Đảng, vì độc lập, tự do của Tổ quốc, vì hạnh phúc của Nhân dân.",
            "(iv) Tuyệt đối chấp hành sự phân công của tổ chức, yên tâm công tác và hoàn thành tốt mọi nhiệm vụ được giao.",
            "(v) Tích cực nghiên cứu, học tập các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; thường xuyên bồi dưỡng, cập nhật kiến thức mới và vận dụng sáng tạo vào thực tiễn.",
            "(vi) Có năng lực tư duy và tầm nhìn đáp ứng với yêu cầu thay đổi của tình hình thực tiễn; phát huy tinh thần chủ động, đổi mới, sáng tạo; phấn đấu vì mục tiêu phát triển của tổ chức, cơ quan, đơn vị, đóng góp vào mục tiêu chung của đất nước.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.2",
        number: "2.",
        heading: "Về phẩm chất đạo đức và ý thức tổ chức kỷ luật",
        body: prose!(&[
            "(i) Có phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; cần, kiệm, liêm, chính, chí công vô tư; chấp hành nghiêm quy định về trách nhiệm nêu gương; không vi phạm Quy định về những điều đảng viên không được làm. Không vi phạm đạo đức, lối sống đến mức bị xử lý kỷ luật trong 5 năm gần nhất.",
            "(ii) Không tham ô, tham nhũng, tiêu cực, quan liêu, hách dịch, cửa quyền, vụ lợi; không để người thân, người quen lợi dụng chức vụ, quyền hạn của mình để trục lợi. Không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ. Kiên quyết đấu tranh chống quan liêu, cửa quyền, tham nhũng, xa hoa, lãng phí, tiêu cực, chủ nghĩa cá nhân, lối sống cơ hội, thực dụng, bè phái, lợi ích nhóm, nói không đi đôi với làm.",
            "(iii) Có ý thức tự giác học tập, tu dưỡng, rèn luyện đạo đức bản thân; có tinh thần, trách nhiệm cao với công việc; cần cù, chịu khó, năng động, sáng tạo, dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hy sinh vì lợi ích chung.",
            "(iv) Thực hiện nghiêm các nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; thực hiện đúng, đầy đủ quyền hạn, trách nhiệm và chỉ đạo thực hiện các quy định, quy chế, nội quy của tổ chức, cơ quan, đơn vị nơi công tác; kiên quyết đấu tranh với những biểu hiện, việc làm trái với các quy định của Đảng, Nhà nước trong công tác cán bộ.",
            "(v) Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định.",
            "(vi) Báo cáo đầy đủ, trung thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực hiện chức trách, nhiệm vụ được giao và hoạt động của tổ chức, cơ quan, đơn vị với cấp trên khi được yêu cầu.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.3",
        number: "3.",
        heading: "Năng lực lãnh đạo, quản lý và năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
        body: prose!(&[
            "(i) Năng lực lãnh đạo, quản lý",
            "- Có tư duy, khả năng hoạch định đường lối, chính sách và lãnh đạo, chỉ đạo tổ chức thực hiện đóng góp vào mục tiêu phát triển chung của địa phương, tổ chức, cơ quan, đơn vị; lãnh đạo, chỉ đạo xây dựng, củng cố, kiện toàn tổ chức đảng, đoàn thể trong sạch, vững mạnh.",
            "- Có tầm nhìn, phương pháp làm việc khoa học; có năng lực tổng hợp, phân tích và dự báo.",
            "- Có năng lực, kinh nghiệm thực tiễn để cụ thể hoá và tổ chức thực hiện có hiệu quả đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước ở lĩnh vực, địa bàn công tác được phân công phụ trách.",
            "- Có khả năng chỉ đạo, điều hành hoạt động của tổ chức, cơ quan, đơn vị, phân công công việc khoa học, giám sát chặt chẽ, giữ gìn kỷ cương, kỷ luật.",
            "(ii) Năng lực chuyên môn, nghiệp vụ theo vị trí việc làm",
            "- Có kiến thức chuyên sâu về lĩnh vực công tác được phân công; am hiểu quy định pháp luật, quy trình nghiệp vụ có liên quan đến vị trí việc làm.",
            "- Có khả năng phát hiện các vấn đề mới, khó và những hạn chế, bất cập trong thực tiễn; chủ động đề xuất chủ trương, chính sách, nhiệm vụ, giải pháp phù hợp, khả thi, hiệu quả để tháo gỡ điểm nghẽn, thúc đẩy phát triển.",
            "- Có kỹ năng xử lý công việc độc lập, làm việc nhóm hiệu quả.",
            "(iii) Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao",
            "- Nhiệm vụ thường xuyên: Vận dụng hiệu quả kiến thức chuyên môn, nghiệp vụ để xử lý công việc chuyên môn theo kế hoạch định kỳ; duy trì ổn định chất lượng chuyên môn.",
            "- Nhiệm vụ đột xuất: Chủ động đề xuất giải pháp, thực hiện hiệu quả các công việc phát sinh; có khả năng phản ứng kịp thời, đáp ứng với yêu cầu, nhiệm vụ cụ thể.",
            "(iv) Thái độ công tác trong thực hiện nhiệm vụ",
            "- Tinh thần trách nhiệm cao trong công việc; chủ động tiếp cận kiến thức mới để kịp thời điều chỉnh, đề xuất cải tiến quy trình hoặc giải pháp nâng cao hiệu quả công việc.",
            "- Có thái độ đúng mực, phong cách làm việc chuẩn mực, lề lối hành chính chuyên nghiệp trong quan hệ công tác.",
            "- Phối hợp có hiệu quả với tập thể, cá nhân có liên quan trong việc triển khai thực hiện các nhiệm vụ được phân công.",
            "(v) Tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
            "- Có sáng kiến, mô hình cách làm mới hoặc đề xuất giải pháp hiệu quả, mang tính đột phá hoặc tạo chuyển biến, được áp dụng trong thực tiễn thuộc phạm vi, lĩnh vực phụ trách và được cấp có thẩm quyền ghi nhận, đánh giá cao.",
            "- Sẵn sàng tham gia thực hiện nhiệm vụ chính trị đặc biệt quan trọng, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.",
            "- Có tinh thần chịu trách nhiệm trước kết quả công việc; chủ động nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể.",
            "- Quyết đoán, kịp thời đưa ra quyết định trong phạm vi thẩm quyền, không né tránh; có tinh thần tiên phong trong thực hiện những nhiệm vụ mới.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.4",
        number: "4.",
        heading: "Về mức độ tín nhiệm, uy tín và khả năng quy tụ đoàn kết",
        body: prose!(&[
            "(i) Có uy tín trong nội bộ, gương mẫu, gắn bó mật thiết với Nhân dân; được cán bộ, đảng viên, quần chúng nhân dân ở địa phương, tổ chức, cơ quan, đơn vị tin tưởng, tín nhiệm cao.",
            "(ii) Có khả năng quy tụ, đoàn kết nội bộ; xây dựng tập thể vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức; phát huy được sức mạnh tập thể; xây dựng đội ngũ cán bộ, công chức đoàn kết, chuyên nghiệp, đáp ứng yêu cầu, nhiệm vụ.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.5",
        number: "5.",
        heading: "Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm",
        body: prose!(&[
            "Tinh thần tự phê bình, tự soi, tự sửa của cá nhân lãnh đạo, quản lý; sự chủ động nhận diện thiếu sót trong công tác lãnh đạo, chỉ đạo; kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra của bản thân và trong phạm vi lãnh đạo, quản lý.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
];

// criteria.md §1.2, QĐ 366 Phụ lục 3, nhóm tiêu chí về kết quả thực hiện nhiệm vụ
// (ds:5b19e209db1890dc) [C]; the source is cut after «Cụ thể: ...» (gap G1), which is left out here.
const PL3_TASKS_INTRO: &str = "Đánh giá mức độ hoàn thành các chỉ tiêu, nhiệm vụ được giao (kết quả được lượng hoá bằng sản phẩm, tiến độ, chất lượng hoặc chỉ số đo lường hiệu quả công việc), theo chức năng, nhiệm vụ của từng tổ chức, cơ quan, đơn vị về:";

const PL3_TASKS: &[Criterion] = &[
    Criterion {
        id: "B.I.nhiemvu.1",
        number: "(i)",
        heading: "Kết quả thực hiện chức trách, nhiệm vụ được giao.",
        body: &[],
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.nhiemvu.2",
        number: "(ii)",
        heading: "Kết quả lãnh đạo, chỉ đạo, điều hành, tổ chức thực hiện nhiệm vụ trong phạm vi phụ trách.",
        body: &[],
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.nhiemvu.3",
        number: "(iii)",
        heading: "Kết quả đánh giá, xếp loại chất lượng của tập thể tổ chức, cơ quan, đơn vị và của đội ngũ cán bộ, đảng viên thuộc quyền quản lý trực tiếp của cá nhân (nếu có).",
        body: &[],
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
];

// criteria.md §2, QĐ 366 Phụ lục 4 (ds:365a3d743ffc1599, cross-checked in five copies) [C]
const PL4_GENERAL_HEADING: &str = "I- NHÓM TIÊU CHÍ CHUNG (30 ĐIỂM)";
const PL4_TASKS_HEADING: &str = "II- NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ (70 ĐIỂM)";

const PL4_GENERAL: &[Criterion] = &[
    Criterion {
        id: "B.I.chung.1",
        number: "1.",
        heading: "Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật",
        body: prose!(&[
            "- Có quan điểm, bản lĩnh chính trị vững vàng; kiên định lập trường; không dao động trước mọi khó khăn, thách thức.",
            "- Thực hiện nghiêm các nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình. Chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước; thực hiện nghiêm về kỷ luật phát ngôn, bảo vệ bí mật nhà nước.",
            "- Có ý thức nghiên cứu, học tập, vận dụng chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, nghị quyết, chỉ thị, quyết định và các văn bản của Đảng.",
            "- Giữ gìn phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; có ý thức tham gia công tác đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, \"tự diễn biến\", \"tự chuyển hoá\"; không vi phạm Quy định về những điều đảng viên không được làm.",
            "- Không tham ô, tham nhũng, tiêu cực, quan liêu, hách dịch, cửa quyền, vụ lợi; không để người thân, người quen lợi dụng quyền hạn của mình để trục lợi.",
            "- Có ý thức tổ chức kỷ luật, tinh thần trách nhiệm trong công tác; chấp hành sự phân công của tổ chức; thực hiện các quy định, quy chế, nội quy của tổ chức, cơ quan, đơn vị nơi công tác.",
            "- Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định.",
            "- Báo cáo đầy đủ, trung thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực hiện chức trách, nhiệm vụ được giao và hoạt động của tổ chức, cơ quan, đơn vị với cấp trên khi được yêu cầu.",
            "- Giữ gìn đoàn kết nội bộ; có quan hệ tốt với đồng chí, đồng nghiệp; tích cực tham gia xây dựng tổ chức đảng, đoàn thể và các hoạt động xã hội, cộng đồng và phong trào tập thể do tổ chức, cơ quan, đơn vị tổ chức.",
            "- Gần gũi, sâu sát với cơ sở; thực hiện tốt việc giữ mối liên hệ với cấp uỷ và Nhân dân nơi cư trú.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.2",
        number: "2.",
        heading: "Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
        body: prose!(&[
            "(*) Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm",
            "- Có hiểu biết đầy đủ về lĩnh vực công tác được phân công; nắm vững quy định pháp luật, quy trình nghiệp vụ có liên quan đến vị trí việc làm.",
            "- Thường xuyên cập nhật kiến thức mới, có khả năng nghiên cứu, phân tích, tổng hợp và vận dụng sáng tạo vào công việc; đáp ứng yêu cầu đổi mới, cải cách hành chính.",
            "- Có kỹ năng xử lý công việc độc lập, làm việc nhóm hiệu quả.",
            "- Khả năng sử dụng công nghệ thông tin, áp dụng vào công việc chuyên môn.",
            "(*) Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao",
            "- Nhiệm vụ thường xuyên: Có khả năng vận dụng thành thạo kiến thức chuyên môn, nghiệp vụ để xử lý công việc chuyên môn theo kế hoạch định kỳ; duy trì ổn định chất lượng chuyên môn.",
            "- Nhiệm vụ đột xuất: Có khả năng đề xuất giải pháp, thực hiện hiệu quả các công việc phát sinh; có khả năng phản ứng kịp thời, đáp ứng với yêu cầu, nhiệm vụ cụ thể.",
            "(*) Thái độ công tác trong thực hiện nhiệm vụ",
            "- Tinh thần trách nhiệm, tích cực trong công việc; kịp thời tiếp cận kiến thức mới để điều chỉnh, đề xuất cải tiến quy trình hoặc giải pháp nâng cao hiệu quả công việc.",
            "- Có thái độ đúng mực, phong cách làm việc chuẩn mực, lề lối hành chính chuyên nghiệp trong quan hệ công tác.",
            "- Phối hợp có hiệu quả với tập thể, cá nhân có liên quan trong việc triển khai thực hiện các nhiệm vụ được phân công.",
            "(*) Tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung",
            "- Có sản phẩm, giải pháp đột phá, sáng tạo đem lại giá trị, hiệu quả thiết thực, tác động tích cực đến kết quả thực hiện nhiệm vụ của tổ chức, cơ quan, đơn vị.",
            "- Sẵn sàng tham gia thực hiện nhiệm vụ chính trị, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.",
            "- Có tinh thần chịu trách nhiệm trước kết quả công việc; sẵn sàng nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.3",
        number: "3.",
        heading: "Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm",
        body: prose!(&[
            "Tinh thần tự phê bình, tự soi, tự sửa của cá nhân; mức độ tự giác nhận diện hạn chế, khuyết điểm của bản thân và kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
];

// The nine sector blocks of the task group: the person scores the block of their own sector.
const PL4_SECTORS: &[Sector] = &[
    Sector {
        id: "B.I.nhiemvu.1.khoi1",
        number: "1.",
        heading: "Khối cơ quan tham mưu của Đảng tập trung đánh giá về:",
        body: prose!(&[
            "- Mức độ hoàn thành đúng hạn, có chất lượng các nhiệm vụ được giao, đáp ứng tốt yêu cầu, nhiệm vụ, có sản phẩm cụ thể.",
            "- Tham gia đóng góp ý kiến xây dựng nội dung tham mưu báo cáo, đề án bảo đảm tiến độ, chất lượng.",
            "- Phối hợp hiệu quả với đồng nghiệp; có tinh thần trách nhiệm, không đùn đẩy công việc.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi2",
        number: "2.",
        heading: "Khối cơ quan hành chính nhà nước tập trung đánh giá về:",
        body: prose!(&[
            "- Mức độ hoàn thành đúng tiến độ, đạt chất lượng các công việc được giao theo kế hoạch.",
            "- Tỉ lệ hồ sơ xử lý đúng hạn; có sản phẩm cụ thể được lãnh đạo phê duyệt; không để xảy ra sai sót ảnh hưởng đến kết quả chung của đơn vị.",
            "- Công tác phối hợp với đồng nghiệp; không để xảy ra thiếu trách nhiệm, đùn đẩy công việc.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi3",
        number: "3.",
        heading: "Khối cơ quan dân cử tập trung đánh giá về:",
        body: prose!(&[
            "- Soạn thảo, thẩm tra, tổng hợp, tham mưu văn bản bảo đảm chất lượng, đúng tiến độ; có kết quả cụ thể.",
            "- Phối hợp tổ chức tiếp xúc cử tri, kỳ họp, phiên họp, hoạt động giám sát đầy đủ, hiệu quả; không để xảy ra sai sót nghiệp vụ.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi4",
        number: "4.",
        heading: "Khối cơ quan Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tập trung đánh giá về:",
        body: prose!(&[
            "- Mức độ hoàn thành đúng hạn, có chất lượng các nhiệm vụ, có sản phẩm rõ ràng theo kế hoạch được giao.",
            "- Kết quả giám sát, phản biện xã hội; vận động, tập hợp Nhân dân; xây dựng khối đại đoàn kết; tổ chức phong trào thi đua; tham gia góp ý xây dựng Đảng, chính quyền.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi5",
        number: "5.",
        heading: "Khối lực lượng vũ trang tập trung đánh giá về:",
        body: prose!(&[
            "- Kết quả thực hiện các nhiệm vụ về huấn luyện, sẵn sàng chiến đấu, công tác nghiệp vụ, quản lý hậu cần, kỹ thuật, chuyên môn được lượng hoá bằng sản phẩm, khối lượng, chất lượng, tiến độ, hiệu quả thực hiện.",
            "- Tinh thần cảnh giác, đấu tranh phòng, chống tội phạm, kết quả công tác quản lý địa bàn, lĩnh vực, đối tượng theo chức trách, nhiệm vụ được giao.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi6",
        number: "6.",
        heading: "Khối cơ quan tư pháp tập trung đánh giá về:",
        body: prose!(&[
            "- Hoàn thành đúng tiến độ, bảo đảm chất lượng các công việc chuyên môn theo quy định của ngành hoặc theo sự phân công của lãnh đạo (kiểm sát, xét xử, nghiệp vụ thống kê…).",
            "- Lãnh đạo, chỉ đạo hoàn thành các chỉ tiêu công tác theo yêu cầu tại các nghị quyết của Quốc hội đối với cơ quan tư pháp.",
            "- Việc giải quyết các vụ án, vụ việc không để xảy ra oan sai, tiêu cực; Bảo đảm đúng thời hạn, thời hiệu theo quy định của pháp luật, đúng và đủ chỉ tiêu theo quy định của ngành.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi7",
        number: "7.",
        heading: "Khối đơn vị sự nghiệp công lập tập trung đánh giá về:",
        body: prose!(&[
            "- Mức độ hoàn thành nhiệm vụ chuyên môn được cấp có thẩm quyền giao. Tham gia bồi dưỡng nghiệp vụ, cập nhật kiến thức.",
            "- Giao tiếp chuẩn mực, văn minh; hợp tác tốt với đồng nghiệp.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi8",
        number: "8.",
        heading: "Khối doanh nghiệp nhà nước tập trung đánh giá về:",
        body: prose!(&[
            "Mức độ hoàn thành nhiệm vụ theo định mức, vị trí công việc; không để phát sinh lỗi kỹ thuật, sai sót ảnh hưởng đến hiệu quả sản xuất, kinh doanh, sản phẩm, dịch vụ.",
        ]),
    },
    Sector {
        id: "B.I.nhiemvu.1.khoi9",
        number: "9.",
        heading: "Khối cơ quan các hội quần chúng được Đảng và Nhà nước giao nhiệm vụ tập trung đánh giá về:",
        body: prose!(&[
            "- Mức độ hoàn thành đúng hạn, chất lượng nội dung công việc được giao. Các văn bản quy phạm pháp luật, chính sách, văn bản chuyên môn được lãnh đạo có thẩm quyền ký duyệt, ban hành; các bài báo,... để phù hợp với đặc thù hoạt động của các hội quần chúng.",
        ]),
    },
];

const PL4_TASKS: &[Criterion] = &[Criterion {
    id: "B.I.nhiemvu.1",
    number: "",
    heading: "Đánh giá mức độ hoàn thành các chỉ tiêu, nhiệm vụ được giao, kết quả được lượng hoá bằng sản phẩm, tiến độ, chất lượng hoặc chỉ số đo lường hiệu quả công việc theo chức năng, nhiệm vụ của từng tổ chức, cơ quan, đơn vị, cụ thể như sau:",
    body: &[],
    sectors: prose!(PL4_SECTORS),
    confidence: Confidence::Confirmed,
}];

// criteria.md §3, QĐ 366 Phụ lục 5 (ds:078e971eeb8660ce, same words in four copies) [C]
const PL5_GENERAL_HEADING: &str = "I- NHÓM TIÊU CHÍ CHUNG (30 ĐIỂM)";
const PL5_TASKS_HEADING: &str = "II- NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ (70 ĐIỂM)";

const PL5_GENERAL: &[Criterion] = &[
    Criterion {
        id: "B.I.chung.1",
        number: "1.",
        heading: "Về phẩm chất chính trị, đạo đức, lối sống và ý thức tổ chức kỷ luật",
        body: prose!(&[
            "- Có lập trường tư tưởng chính trị vững vàng; chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước và các quy định nơi lao động, học tập, sinh sống.",
            "- Có phẩm chất đạo đức tốt, lối sống trung thực; không vi phạm Quy định về những điều đảng viên không được làm, văn hoá ứng xử nơi cư trú.",
            "- Chấp hành các nguyên tắc tổ chức, sinh hoạt đảng; nghiêm túc trong tự phê bình và phê bình; có ý thức trách nhiệm trong xây dựng tổ chức đảng, giữ gìn đoàn kết nội bộ trong chi bộ; có quan hệ tốt với quần chúng nhân dân nơi sinh hoạt và nơi cư trú.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.chung.2",
        number: "2.",
        heading: "Nhóm tiêu chí về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm",
        body: prose!(&[
            "Tinh thần tự phê bình, tự soi, tự sửa của cá nhân; mức độ tự giác nhận diện hạn chế, khuyết điểm của bản thân và kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra.",
        ]),
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
];

const PL5_TASKS: &[Criterion] = &[
    Criterion {
        id: "B.I.nhiemvu.1",
        number: "1.",
        heading: "Thực hiện đầy đủ quyền và nghĩa vụ của đảng viên. Hoàn thành các nhiệm vụ chính trị được cấp uỷ, chi bộ phân công.",
        body: &[],
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.nhiemvu.2",
        number: "2.",
        heading: "Tham gia học tập nghị quyết, các văn bản chỉ đạo của cấp trên đầy đủ; phát huy vai trò của đảng viên, tích cực phát biểu ý kiến xây dựng chi bộ.",
        body: &[],
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
    Criterion {
        id: "B.I.nhiemvu.3",
        number: "3.",
        heading: "Hoàn thành các nhiệm vụ đột xuất, tích cực tham gia các hoạt động do chi bộ và các tổ chức có liên quan tại địa phương giao, phát động, phù hợp với điều kiện và sức khoẻ, độ tuổi.",
        body: &[],
        sectors: &[],
        confidence: Confidence::Confirmed,
    },
];

/// Phụ lục 3: cá nhân giữ chức vụ lãnh đạo, quản lý (Mẫu 2A).
// The appendix prints no "(30 ĐIỂM)"/"(70 ĐIỂM)" (criteria.md gap G2): the
// 30/70 split for leaders is [M], hence `max_confidence: Unconfirmed`.
pub(super) static PL3: Scoring = Scoring {
    appendix: 3,
    groups: &[
        CriteriaGroup {
            id: "B.I.chung",
            kind: GroupKind::General,
            appendix_heading: None,
            intro: &[],
            max: GENERAL_MAX,
            max_confidence: Confidence::Unconfirmed,
            criteria: PL3_GENERAL,
        },
        CriteriaGroup {
            id: "B.I.nhiemvu",
            kind: GroupKind::Tasks,
            appendix_heading: None,
            intro: prose!(&[PL3_TASKS_INTRO]),
            max: TASKS_MAX,
            max_confidence: Confidence::Unconfirmed,
            criteria: PL3_TASKS,
        },
    ],
    total_label: TOTAL_LABEL,
    total_max: TOTAL_MAX,
};

/// Phụ lục 4: cá nhân không giữ chức vụ lãnh đạo, quản lý (Mẫu 2B).
pub(super) static PL4: Scoring = Scoring {
    appendix: 4,
    groups: &[
        CriteriaGroup {
            id: "B.I.chung",
            kind: GroupKind::General,
            appendix_heading: prose!(Some(PL4_GENERAL_HEADING), None),
            intro: &[],
            max: GENERAL_MAX,
            max_confidence: Confidence::Confirmed,
            criteria: PL4_GENERAL,
        },
        CriteriaGroup {
            id: "B.I.nhiemvu",
            kind: GroupKind::Tasks,
            appendix_heading: prose!(Some(PL4_TASKS_HEADING), None),
            intro: &[],
            max: TASKS_MAX,
            max_confidence: Confidence::Confirmed,
            criteria: PL4_TASKS,
        },
    ],
    total_label: TOTAL_LABEL,
    total_max: TOTAL_MAX,
};

/// Phụ lục 5: đảng viên không làm việc trong hệ thống chính trị (Mẫu 2C).
pub(super) static PL5: Scoring = Scoring {
    appendix: 5,
    groups: &[
        CriteriaGroup {
            id: "B.I.chung",
            kind: GroupKind::General,
            appendix_heading: prose!(Some(PL5_GENERAL_HEADING), None),
            intro: &[],
            max: GENERAL_MAX,
            max_confidence: Confidence::Confirmed,
            criteria: PL5_GENERAL,
        },
        CriteriaGroup {
            id: "B.I.nhiemvu",
            kind: GroupKind::Tasks,
            appendix_heading: prose!(Some(PL5_TASKS_HEADING), None),
            intro: &[],
            max: TASKS_MAX,
            max_confidence: Confidence::Confirmed,
            criteria: PL5_TASKS,
        },
    ],
    total_label: TOTAL_LABEL,
    total_max: TOTAL_MAX,
};
