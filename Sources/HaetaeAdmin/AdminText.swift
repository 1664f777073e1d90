/// The console's words in Korean and English, chosen by `Accept-Language` (or `?lang=`).
public enum AdminLanguage: String, Sendable {
    case ko, en

    public static func choose(acceptLanguage: String?, override: String?) -> AdminLanguage {
        if let override, let language = AdminLanguage(rawValue: override.lowercased()) { return language }
        guard let header = acceptLanguage?.lowercased() else { return .en }
        // The first listed language we have (q-values are ordered by browsers already).
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if tag.hasPrefix("ko") { return .ko }
            if tag.hasPrefix("en") { return .en }
        }
        return .en
    }

    static let table: [String: (en: String, ko: String)] = [
        "title": ("Haetae console", "해태 관리 콘솔"),
        "login": ("Sign in", "로그인"),
        "name": ("Administrator", "관리자"),
        "password": ("Password", "비밀번호"),
        "bad-login": ("Wrong name or password.", "이름 또는 비밀번호가 올바르지 않습니다."),
        "login-expired": ("The sign-in form has expired; please sign in again.", "로그인 양식이 만료되었습니다. 다시 로그인하세요."),
        "locked": ("Too many failed sign-ins; try again later.", "로그인 실패가 너무 많습니다. 잠시 후 다시 시도하세요."),
        "logout": ("Sign out", "로그아웃"),
        "dashboard": ("Dashboard", "대시보드"),
        "protection": ("Outbound protection", "발송 보호"),
        "tripped": ("TRIPPED: relay to external domains refused", "작동 중: 외부 도메인 릴레이 차단"),
        "closed": ("Normal: relaying allowed", "정상: 릴레이 허용"),
        "since": ("since", "시작"),
        "reset": ("Reset protection", "보호 해제"),
        "queue": ("Queue", "발송 큐"),
        "messages": ("messages", "통"),
        "remote-backlog": ("waiting for remote delivery", "외부 발송 대기"),
        "quarantine": ("Quarantine", "격리함"),
        "suspended": ("Suspended accounts", "발송 정지 계정"),
        "none": ("none", "없음"),
        "top-senders": ("Top senders in the backlog", "대기 메일 상위 발신자"),
        "lockouts": ("Sign-in lockouts", "로그인 잠금"),
        "audit": ("Recent administrator actions", "최근 관리자 작업"),
        "last-hour": ("Last hour, per minute", "최근 1시간 (분 단위)"),
        "accounts": ("Accounts", "계정"),
        "account": ("Account", "계정"),
        "logs": ("Logs", "로그"),
        "search": ("Search", "검색"),
        "arrived": ("Arrived", "도착"),
        "from": ("From", "보낸 사람"),
        "recipients": ("Recipients", "받는 사람"),
        "subject": ("Subject", "제목"),
        "verdict": ("Verdict", "판정"),
        "state": ("State", "상태"),
        "flush": ("Retry now", "즉시 재시도"),
        "hold": ("Hold", "보류"),
        "release": ("Release", "해제"),
        "delete": ("Delete", "삭제"),
        "suspend": ("Suspend sending", "발송 정지"),
        "unsuspend": ("Allow sending", "발송 허용"),
        "suspended-one": ("suspended from sending", "발송 정지됨"),
        "set-password": ("Set password", "비밀번호 변경"),
        "own-password": ("Change your mail password", "메일 비밀번호 변경"),
        "current-password": ("Current password", "현재 비밀번호"),
        "new-password": ("New password", "새 비밀번호"),
        "password-changed": ("Password changed.", "비밀번호가 변경되었습니다."),
        "rules": ("Rules", "규칙"),
        "today": ("today", "오늘"),
        "domains": ("Domains", "도메인"),
        "aliases": ("Aliases", "별칭"),
        "add-user": ("Add account", "계정 추가"),
        "add-domain": ("Add domain", "도메인 추가"),
        "add-alias": ("Add alias", "별칭 추가"),
        "access-map": ("Access map", "접근 규칙"),
        "whitelist": ("Whitelist", "화이트리스트"),
        "blacklist": ("Blacklist", "블랙리스트"),
        "dnsbl": ("DNSBL zones", "DNSBL 영역"),
        "add": ("Add", "추가"),
        "access-test": ("Which rule decides?", "어떤 규칙이 적용되나?"),
        "reports": ("Reports", "보고서"),
        "day": ("Day", "일간"),
        "week": ("Week", "주간"),
        "month": ("Month", "월간"),
        "refused-by-reason": ("Recipients refused, by reason", "수신 거부 사유별"),
        "rows": ("Details", "상세"),
        "top-sender": ("Top senders", "상위 발신자"),
        "top-recipient": ("Top recipients", "상위 수신자"),
        "top-domain": ("Top recipient domains", "상위 수신 도메인"),
        "top-refused-client": ("Most refused clients", "거부가 많은 클라이언트"),
        "ham": ("Not spam", "정상 메일"),
        "spam": ("Spam", "스팸"),
    ]

    public func text(_ key: String) -> String {
        guard let entry = Self.table[key] else { return key }
        return self == .ko ? entry.ko : entry.en
    }
}

/// HTML escaping for everything that reaches a page, text and attribute values alike: mail data
/// is hostile. The one escaper of the console; every page, attribute and inline SVG goes through it.
///
/// It works on UTF-8 bytes, never on `Character`: `"\u{0600}<"` is a single grapheme cluster
/// (U+0600 is a Prepend character) and `"\"\u{0301}"` another (a combining mark after the quote),
/// so an escaper that compares whole characters lets the `<` or `"` through (issue 11, F2).
/// The five markup bytes are ASCII and never occur inside a multi-byte UTF-8 sequence, so
/// replacing them byte by byte is exact. NUL, which HTML parsers turn into U+FFFD anyway, is
/// written as U+FFFD.
public func htmlEscape(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
        case 0: out += [0xEF, 0xBF, 0xBD]
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

import Foundation
import MailCore

/// A form value for one `key=value` log field: MailCore's `LogText` quoting (no space, quote,
/// control character or line break unescaped).
enum LogQuote {
    static func quote(_ text: String) -> String { LogText.quote(text) }
}
