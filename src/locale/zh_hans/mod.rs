//! 简体中文 (zh-Hans): the translated tables, labels and templates (feature `zh-hans`).
//!
//! `reply_codes.rs` and `enhanced_codes.rs` translate `src/data/`; the labels below are matches
//! over every variant, so a new variant without a Chinese label does not compile.

use crate::generic::{GenericTexts, generic_texts};
use crate::locale::Ui;
use crate::{
    Actor, Category, Class, Description, EnhancedDescription, Outcome, Retry, RetryReason, Standing, StatusClass, Topic,
};

/// The translated reply-code table: a lookup by number.
macro_rules! zh_reply_codes {
    ($(
        $code:literal {
            name: $name:literal,
            meaning: $meaning:literal,
            causes: [$($cause:literal),+ $(,)?],
            remedies: [$($remedy:literal),+ $(,)?],
            use_when: $use_when:literal,
            note: $note:expr $(,)?
        }
    )+) => {
        /// Every code this table translates, in its order.
        #[allow(dead_code)]
        pub(crate) const CODES: &[u16] = &[$($code),+];

        pub(crate) const fn lookup(code: u16) -> Option<&'static $crate::Description> {
            match code {
                $($code => {
                    const TEXTS: $crate::Description = $crate::Description {
                        name: $name,
                        meaning: $meaning,
                        causes: &[$($cause),+],
                        remedies: &[$($remedy),+],
                        use_when: $use_when,
                        note: $note,
                    };
                    Some(&TEXTS)
                })+
                _ => None,
            }
        }
    };
}

/// The translated enhanced-code table: a lookup by subject and detail.
macro_rules! zh_enhanced_codes {
    ($(
        ($subject:literal, $detail:literal) {
            title: $title:literal,
            description: $description:literal,
            causes: [$($cause:literal),+ $(,)?],
            remedies: [$($remedy:literal),+ $(,)?],
            note: $note:expr $(,)?
        }
    )+) => {
        /// Every entry this table translates, in its order.
        #[allow(dead_code)]
        pub(crate) const KEYS: &[(u16, u16)] = &[$(($subject, $detail)),+];

        pub(crate) const fn lookup(subject: u16, detail: u16) -> Option<&'static $crate::EnhancedDescription> {
            match (subject, detail) {
                $(($subject, $detail) => {
                    const TEXTS: $crate::EnhancedDescription = $crate::EnhancedDescription {
                        title: $title,
                        description: $description,
                        causes: &[$($cause),+],
                        remedies: &[$($remedy),+],
                        note: $note,
                    };
                    Some(&TEXTS)
                })+
                _ => None,
            }
        }
    };
}

/// The translated class and subject texts.
macro_rules! zh_enhanced_subjects {
    (
        $(class $class:literal { title: $class_title:literal, description: $class_description:literal $(,)? })+
        $(subject $subject:literal {
            title: $subject_title:literal,
            description: $subject_description:literal,
            causes: [$($cause:literal),+ $(,)?],
            remedies: [$($remedy:literal),+ $(,)?] $(,)?
        })+
    ) => {
        /// The title and description of a class digit.
        pub(crate) const fn class(digit: u8) -> (&'static str, &'static str) {
            match digit {
                $($class => ($class_title, $class_description),)+
                _ => ("", ""),
            }
        }

        /// The texts of a subject, as a description without a note.
        pub(crate) const fn subject(subject: u16) -> Option<&'static $crate::EnhancedDescription> {
            match subject {
                $($subject => {
                    const TEXTS: $crate::EnhancedDescription = $crate::EnhancedDescription {
                        title: $subject_title,
                        description: $subject_description,
                        causes: &[$($cause),+],
                        remedies: &[$($remedy),+],
                        note: None,
                    };
                    Some(&TEXTS)
                })+
                _ => None,
            }
        }
    };
}

#[path = "reply_codes.rs"]
pub(crate) mod reply_codes;

#[path = "enhanced_codes.rs"]
pub(crate) mod enhanced_codes;

/// A value's Chinese label.
pub(crate) trait Label {
    fn zh(self) -> &'static str;
}

impl Label for Standing {
    fn zh(self) -> &'static str {
        match self {
            Standing::Standard => "标准",
            Standing::Extension => "扩展",
            Standing::Obsolete => "已废弃",
            Standing::NonStandard => "非标准",
            Standing::Unlisted => "未收录",
        }
    }
}

impl Label for Topic {
    fn zh(self) -> &'static str {
        match self {
            Topic::Connection => "连接",
            Topic::Information => "信息",
            Topic::Command => "命令本身",
            Topic::Arguments => "命令的参数",
            Topic::Sequence => "命令的顺序",
            Topic::Mailbox => "邮箱或地址",
            Topic::Storage => "存储空间或大小限制",
            Topic::Policy => "服务器的策略",
            Topic::Authentication => "身份验证",
            Topic::Encryption => "加密",
            Topic::MessageData => "邮件数据",
            Topic::Processing => "服务器端的处理",
            Topic::Routing => "路由",
            Topic::Queue => "远程队列",
            Topic::Transaction => "邮件事务",
        }
    }
}

impl Label for Actor {
    fn zh(self) -> &'static str {
        match self {
            Actor::Nobody => "无需任何人处理",
            Actor::Client => "发送程序",
            Actor::Sender => "发件人",
            Actor::SenderAdmin => "发件方的邮件管理员",
            Actor::Recipient => "收件人",
            Actor::RecipientAdmin => "接收方服务器的管理员",
        }
    }
}

impl Label for Retry {
    fn zh(self) -> &'static str {
        match self {
            Retry::NoNeed => "无需重试",
            Retry::Continue => "继续会话",
            Retry::Later => "稍后重试",
            Retry::DoNotRetry => "不要原样重试",
            Retry::FixFirst => "先修正问题再重试",
        }
    }
}

impl Label for RetryReason {
    fn zh(self) -> &'static str {
        match self {
            RetryReason::Success => "服务器已接受该命令",
            RetryReason::Intermediate => "服务器正在等待会话的其余部分",
            RetryReason::Greylisted => {
                "服务器启用了灰名单：它会推迟来自陌生发件方的邮件，直到重试证明对方是真正的邮件服务器"
            }
            RetryReason::RateLimited => "服务器暂时限制了从该发件方接收邮件的数量",
            RetryReason::MailboxFull => "收件人的邮箱已满",
            RetryReason::TooManyRecipients => "本次事务中服务器不再接受更多收件人，其余收件人须在另一次事务中发送",
            RetryReason::ServiceUnavailable => "服务器当前不可用，正在关闭连接",
            RetryReason::TemporaryFailure => "服务器发生了临时性失败",
            RetryReason::AuthenticationRequired => "服务器要求客户端先进行身份验证",
            RetryReason::AuthenticationFailed => "登录失败：凭据错误、验证机制被拒绝或账户已停用",
            RetryReason::PasswordTransition => "用户必须先修改密码才能再次登录",
            RetryReason::EncryptionRequired => "服务器要求先建立加密连接（STARTTLS）",
            RetryReason::ProtocolError => "发送程序发送的命令格式错误、无法识别或顺序不对",
            RetryReason::BadAddress => "地址有误或无法接收邮件",
            RetryReason::MessageTooBig => "邮件超出了接收方服务器或邮箱的大小限制",
            RetryReason::ContentRejected => "接收方服务器拒绝了邮件的内容或格式",
            RetryReason::SenderAuthentication => {
                "接收方服务器无法验证发送域名或发送服务器（SPF、DKIM、DMARC、ARC 或反向 DNS）"
            }
            RetryReason::NoMailService => "接收方主机或域名根本不接收邮件",
            RetryReason::PolicyRejection => "接收方服务器的策略拒绝了该邮件",
            RetryReason::PermanentFailure => "永久性失败",
            RetryReason::InvalidReply => "回复码不是合法的 SMTP 回复码，会话无法继续",
        }
    }
}

impl Label for Outcome {
    fn zh(self) -> &'static str {
        match self {
            Outcome::Completed => "命令已完成，邮件继续处理",
            Outcome::Pending => "服务器正在等待会话的其余部分",
            Outcome::Deferred => "什么都没有执行，稍后重复同一命令可能成功",
            Outcome::Refused => "什么都没有执行，原样重复该命令仍会失败",
        }
    }
}

/// The name and meaning of a class.
pub(crate) const fn class(class: Class) -> (&'static str, &'static str) {
    match class {
        Class::PositiveCompletion => ("肯定完成应答", "服务器已执行该命令，客户端可以继续发送下一条命令。"),
        Class::PositiveIntermediate => ("肯定中间应答", "服务器已接受该命令，正在等待客户端发送更多内容后才能完成。"),
        Class::TransientNegative => {
            ("暂时否定应答", "服务器没有执行该命令，但原因可能会消失，客户端稍后重试同一命令可能成功。")
        }
        Class::PermanentNegative => ("永久否定应答", "服务器没有执行该命令，原样再次发送也会以同样的方式失败。"),
    }
}

/// The name and meaning of a category.
pub(crate) const fn category(category: Category) -> (&'static str, &'static str) {
    match category {
        Category::Syntax => ("语法", "涉及命令本身：其语法，或命令未知、未实现、发送时机不对。"),
        Category::Information => ("信息", "回应信息请求，例如状态或帮助。"),
        Category::Connections => ("连接", "涉及连接：建立、关闭连接，或服务是否可用。"),
        Category::Unspecified => ("未指定", "RFC 5321 没有为这个第二位数字规定含义；扩展将其用于身份验证和加密。"),
        Category::MailSystem => ("邮件系统", "涉及接收方邮件系统：邮箱、存储空间或整个邮件事务。"),
    }
}

/// The title and description of an enhanced class.
pub(crate) const fn status_class(class: StatusClass) -> (&'static str, &'static str) {
    enhanced_codes::class(class.digit())
}

/// The texts of a reply code that is not in the table.
pub(crate) const GENERIC: GenericTexts = generic_texts! {
    separator: "",
    note: Some(UI.unlisted_note),
    categories: [
        "其第二位数字 0 表示这是有关命令语法的回复。",
        "其第二位数字 1 表示这是提供信息的回复。",
        "其第二位数字 2 表示这是有关连接的回复。",
        "其第二位数字 3 或 4 是 RFC 5321 未作规定的；扩展将其用于身份验证和加密。",
        "其第二位数字 5 表示这是有关接收方邮件系统的回复。",
    ],
    classes: [
        {
            name: "未收录的成功回复",
            meaning: "未收录的成功回复：服务器已执行该命令。",
            causes: ["服务器发送了任何标准都未定义的成功回复码，通常来自私有扩展。"],
            remedies: ["客户端按处理任何成功回复的方式继续；服务器的文本可能提供更多信息。"],
            use_when: "无；应改为发送标准的 2xx 回复码，例如 250",
        },
        {
            name: "未收录的中间回复",
            meaning: "未收录的中间回复：服务器已接受该命令，正在等待更多内容。",
            causes: ["服务器用任何标准都未定义的中间回复码回应了某个命令，通常出现在某个扩展的交互中。"],
            remedies: ["客户端按所用扩展的规定，继续该命令开始的交互。"],
            use_when: "无；应改为发送标准的 3xx 回复码，例如 354 或 334",
        },
        {
            name: "未收录的临时失败",
            meaning: "未收录的临时失败：服务器没有执行该命令，但稍后可能成功。",
            causes: ["服务器上出现了某种临时情况，只在服务器自己的文本中有说明。"],
            remedies: [
                "发送程序应像对待任何 4xx 回复一样稍后重试。",
                "如果失败持续出现，发件人应把服务器的文本提供给接收方服务器的管理员。",
            ],
            use_when: "无；应改为发送标准的 4xx 回复码并附带增强状态码",
        },
        {
            name: "未收录的永久失败",
            meaning: "未收录的永久失败：服务器没有执行该命令，原样重复仍会失败。",
            causes: ["服务器永久拒绝了该命令，原因只在服务器自己的文本中有说明。"],
            remedies: [
                "发送程序不应原样重复该命令。",
                "发件人应阅读服务器的文本以了解需要修改什么，如有不清楚之处，可询问接收方服务器的管理员。",
            ],
            use_when: "无；应改为发送标准的 5xx 回复码并附带增强状态码",
        },
    ],
    invalid: {
        name: "无效回复码",
        meaning: "该数字不符合 RFC 5321 的回复码语法（第一位只能是 2 到 5，第二位只能是 0 到 5），任何服务器都不应发送它。",
        causes: [
            "应答连接的不是 SMTP 服务器，或者是一台有故障的服务器。",
            "某个程序在存储或复制代码时出错，例如把某些列表中当作 SMTP 代码的客户端错误编号当成了回复码。",
        ],
        remedies: [
            "发送程序应按 RFC 5321 的建议，把该回复视为致命错误并结束邮件事务。",
            "接收方服务器的管理员应检查是否有 SMTP 服务器在正常监听和应答。",
        ],
        use_when: "无；它不是有效的 SMTP 回复",
    },
};

pub(crate) const UI: Ui = Ui {
    description: "描述",
    when_it_occurs: "何时出现",
    how_to_fix: "如何修复",
    key_differences: "主要区别",
    when_to_use_which: "何时使用哪个",
    diff_title: "SMTP {a} 与 {b}",
    diff_same_code: "这是同一个回复码 {a}，没有需要区分的地方。",
    diff_same_class: "{a} 和 {b} 都属于 {class}；两者的区别在于所涉及的内容：{a} 涉及{topic_a}，{b} 涉及{topic_b}。",
    diff_same_class_same_topic: "{a} 和 {b} 都属于 {class}，且都涉及{topic_a}；两者的区别在于各自描述的具体情况。",
    diff_classes: "{a} 属于 {class_a}，{b} 属于 {class_b}：收到 {a} 后，{outcome_a}；收到 {b} 后，{outcome_b}。",
    key_class: "类别：{a} 属于 {first}（{gist_a}）；{b} 属于 {second}（{gist_b}）。",
    key_outcome: "结果：收到 {a} 后，{first}；收到 {b} 后，{second}。",
    key_retry: "重试：{a} 为“{first}”；{b} 为“{second}”。",
    key_category: "分类：{a} 属于“{first}”；{b} 属于“{second}”。",
    key_topic: "出错之处：{a} 涉及{first}；{b} 涉及{second}。",
    key_actor: "处理方：{a} 为{first}；{b} 为{second}。",
    key_standing: "标准化程度：{a} 为{first}；{b} 为{second}。",
    key_meaning_only: "两者仅在含义上不同，详见上文。",
    use_when: "{code} 的适用场合：{text}。",
    use_when_rarely: "{code} 的适用场合：{text}。",
    gist_positive_completion: "成功",
    gist_positive_intermediate: "目前已接受，请发送其余内容",
    gist_transient_negative: "暂时失败，请稍后重试",
    gist_permanent_negative: "失败，不要原样重复",
    difference_class: "第一个属于 {first}：{first_meaning}第二个属于 {second}：{second_meaning}",
    difference_outcome: "收到第一个后，{first}；收到第二个后，{second}。",
    difference_retry: "第一个的重试建议为“{first}”；第二个为“{second}”。",
    difference_category: "第一个属于“{first}”分类：{first_meaning}第二个属于“{second}”分类：{second_meaning}",
    difference_topic: "第一个涉及{first}；第二个涉及{second}。",
    difference_actor: "第一个的处理方为{first}；第二个为{second}。",
    difference_standing: "第一个的标准化程度为{first}；第二个为{second}。",
    difference_meaning: "第一个的含义：{first}第二个的含义：{second}",
    difference_causes: "第一个出现于：{first}第二个出现于：{second}",
    difference_remedies: "第一个的处理方法：{first}第二个的处理方法：{second}",
    explanation: "{summary}[{codes}] 处理建议：{remedy}",
    explanation_server: " 服务器原文：“{server}”",
    retry: "{action}：{reason}",
    unregistered_note: "该代码不在 IANA 注册表中，是服务器自定义的代码；只有其类别和主题是标准的，具体含义以服务器给出的文本为准。例如，Microsoft 的邮件服务使用了 X.7.500 到 X.7.999 范围内的许多代码。",
    unlisted_note: "本库所知的任何 RFC 都没有定义该代码，因此只能根据前两位数字解读；服务器自己的文本会给出更多信息。",
    sentence_separator: "",
    colon: "：",
    colon_end: "：",
};

/// The Chinese texts of a reply code.
pub(crate) const fn reply_code(code: crate::ReplyCode) -> Description {
    match reply_codes::lookup(code.code()) {
        Some(texts) if code.is_known() => *texts,
        _ => *crate::generic::texts(&GENERIC, code.code()),
    }
}

/// The Chinese texts of an enhanced code: its registry entry, or its subject's or class's texts.
pub(crate) fn enhanced(code: crate::EnhancedStatusCode) -> EnhancedDescription {
    if let Some(texts) = enhanced_codes::lookup(code.subject_code(), code.detail()) {
        return *texts;
    }
    let note = Some(UI.unregistered_note);
    match enhanced_codes::subject(code.subject_code()) {
        Some(texts) => EnhancedDescription { note, ..*texts },
        None => {
            let (title, description) = status_class(code.class());
            let generic = crate::generic::texts(&GENERIC, code.class().digit() as u16 * 100 + 50);
            EnhancedDescription { title, description, causes: generic.causes, remedies: generic.remedies, note }
        }
    }
}
