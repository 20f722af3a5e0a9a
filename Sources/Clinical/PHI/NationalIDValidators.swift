/// Check-digit and structure rules of Latin American and US national identifiers.
/// A candidate that fails its check digit is not tagged as that identifier (it may still be caught
/// as a medical record or phone number by cue): a wrong check digit usually means the number is
/// something else, and tagging it would send a false kind downstream.
enum NationalIDValidators {
    /// Mexican CURP: 18 characters, check digit over the first 17 (weights 18…2, mod 10).
    static func isValidCURP(_ raw: String) -> Bool {
        let chars = Array(raw.uppercased().unicodeScalars)
        guard chars.count == 18 else { return false }
        for k in 0..<4 where !isASCIILetter(chars[k]) { return false }
        for k in 4..<10 where !TextFolding.isDigit(chars[k]) { return false }
        guard "HMX".unicodeScalars.contains(chars[10]) else { return false }
        for k in 11..<16 where !isASCIILetter(chars[k]) { return false }
        guard isASCIILetter(chars[16]) || TextFolding.isDigit(chars[16]), TextFolding.isDigit(chars[17]) else { return false }
        guard isPlausibleDate(chars[4..<10]) else { return false }
        var sum = 0
        for k in 0..<17 {
            guard let value = curpAlphabet.firstIndex(of: chars[k]) else { return false }
            sum += value * (18 - k)
        }
        return (10 - sum % 10) % 10 == Int(chars[17].value - 48)
    }

    /// Mexican RFC: 13 characters for persons (4 letters), 12 for companies (3 letters), then YYMMDD and a
    /// 3-character homoclave whose last character is a mod-11 check digit.
    static func isValidRFC(_ raw: String) -> Bool {
        let chars = Array(raw.uppercased().unicodeScalars)
        guard chars.count == 12 || chars.count == 13 else { return false }
        let letters = chars.count - 9
        for k in 0..<letters where !(isASCIILetter(chars[k]) || chars[k] == "&" || chars[k] == "Ñ") { return false }
        for k in letters..<(letters + 6) where !TextFolding.isDigit(chars[k]) { return false }
        guard isPlausibleDate(chars[letters..<(letters + 6)]) else { return false }
        for k in (letters + 6)..<chars.count where !(isASCIILetter(chars[k]) || TextFolding.isDigit(chars[k])) { return false }
        let padded = chars.count == 12 ? [" "] + chars : chars
        var sum = 0
        for k in 0..<12 {
            guard let value = rfcAlphabet.firstIndex(of: padded[k]) else { return false }
            sum += value * (13 - k)
        }
        let remainder = sum % 11
        let expected: Unicode.Scalar
        if remainder == 0 { expected = "0" } else if 11 - remainder == 10 { expected = "A" } else { expected = Unicode.Scalar(UInt8(48 + 11 - remainder)) }
        return padded[12] == expected
    }

    /// Brazilian CPF: 11 digits, two mod-11 check digits; repeated-digit numbers are invalid.
    static func isValidCPF(_ raw: String) -> Bool {
        let digits = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard digits.count == 11, Set(digits).count > 1 else { return false }
        func check(_ count: Int) -> Int {
            var sum = 0
            for k in 0..<count { sum += digits[k] * (count + 1 - k) }
            return (sum * 10) % 11 % 10
        }
        return check(9) == digits[9] && check(10) == digits[10]
    }

    /// Chilean RUT/RUN: body of 7–8 digits and a mod-11 check character (0–9 or K).
    static func isValidRUT(_ raw: String) -> Bool {
        var chars = raw.uppercased().unicodeScalars.filter { TextFolding.isDigit($0) || $0 == "K" }
        guard chars.count >= 8 && chars.count <= 9, let dv = chars.popLast() else { return false }
        guard chars.allSatisfy(TextFolding.isDigit) else { return false }
        var sum = 0
        var factor = 2
        for digit in chars.reversed() {
            sum += Int(digit.value - 48) * factor
            factor = factor == 7 ? 2 : factor + 1
        }
        let r = 11 - sum % 11
        let expected: Unicode.Scalar = r == 11 ? "0" : (r == 10 ? "K" : Unicode.Scalar(UInt8(48 + r)))
        return dv == expected
    }

    /// US SSN: AAA-GG-SSSS with area not 000, 666 or 9xx, group not 00, serial not 0000 (no check digit exists).
    static func isValidSSN(_ raw: String) -> Bool {
        let digits = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard digits.count == 9 else { return false }
        let area = digits[0] * 100 + digits[1] * 10 + digits[2]
        let group = digits[3] * 10 + digits[4]
        let serial = digits[5] * 1000 + digits[6] * 100 + digits[7] * 10 + digits[8]
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    /// Ecuadorian cédula: 10 digits, a province 01–24 (30 abroad), a third digit below 6 (a person), and a modulo-10
    /// check with coefficients 2,1,2,1… from the left.
    static func isValidEcuadorianCedula(_ raw: String) -> Bool {
        let d = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard d.count == 10, Set(d).count > 1 else { return false }
        let province = d[0] * 10 + d[1]
        guard (1...24).contains(province) || province == 30, d[2] < 6 else { return false }
        var total = 0
        for k in 0..<9 {
            let v = d[k] * (k % 2 == 0 ? 2 : 1)
            total += v > 9 ? v - 9 : v
        }
        return (10 - total % 10) % 10 == d[9]
    }

    /// Uruguayan cédula de identidad: 7 digits and a check digit with weights 2,9,8,7,6,3,4 (written 4.567.890-3).
    static func isValidUruguayanCI(_ raw: String) -> Bool {
        let d = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard d.count == 8 else { return false }
        let sum = zip(d.prefix(7), [2, 9, 8, 7, 6, 3, 4]).reduce(0) { $0 + $1.0 * $1.1 }
        return (10 - sum % 10) % 10 == d[7]
    }

    /// Dominican cédula: 11 digits whose last is a Luhn digit (written 001-1234567-8).
    static func isValidDominicanCedula(_ raw: String) -> Bool {
        let d = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard d.count == 11, Set(d).count > 1 else { return false }
        var total = 0
        for (k, digit) in d.prefix(10).reversed().enumerated() {
            let v = digit * (k % 2 == 0 ? 2 : 1)
            total += v > 9 ? v - 9 : v
        }
        return (10 - total % 10) % 10 == d[10]
    }

    /// Argentine CUIT/CUIL: 11 digits, modulo 11 with weights 5,4,3,2,7,6,5,4,3,2 (written 20-12345678-9).
    static func isValidCUIT(_ raw: String) -> Bool {
        let d = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard d.count == 11, [20, 23, 24, 27, 30, 33, 34].contains(d[0] * 10 + d[1]) else { return false }
        let s = zip(d.prefix(10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        let r = 11 - s % 11
        return (r == 11 ? 0 : r == 10 ? 9 : r) == d[10]
    }

    /// Salvadoran DUI: 8 digits and a check digit with weights 9…2 (written 01234567-8).
    static func isValidDUI(_ raw: String) -> Bool {
        let d = raw.unicodeScalars.filter(TextFolding.isDigit).map { Int($0.value - 48) }
        guard d.count == 9, Set(d).count > 1 else { return false }
        let sum = zip(d.prefix(8), [9, 8, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (10 - sum % 10) % 10 == d[8]
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { (s.value >= 65 && s.value <= 90) }

    private static func isPlausibleDate(_ digits: ArraySlice<Unicode.Scalar>) -> Bool {
        let d = digits.map { Int($0.value - 48) }
        guard d.count == 6 else { return false }
        let month = d[2] * 10 + d[3]
        let day = d[4] * 10 + d[5]
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
    }

    private static let curpAlphabet = Array("0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ".unicodeScalars)
    private static let rfcAlphabet = Array("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ".unicodeScalars)
}
