/// Name lookup on the context stack. The forms taking a program read the name's fingerprint
/// (plain data) and inspect values where they are, so the common cases (a falsey section, a
/// string written out) copy nothing.
extension MustacheTemplate.Renderer {
    /// Resolves a name against the context stack as the spec says: `.` is the top; the first
    /// part of a dotted name is found in the nearest object that has it, the other parts
    /// only inside what it found.
    func lookup(_ name: Name) -> MustacheValue? {
        guard !name.keys.isEmpty else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if let value = stack[index].member(name.keys[0]) {
                return name.keys.count == 1 ? value : value.member(at: name.keys)
            }
            index -= 1
        }
        return nil
    }

    /// Where the first part of `program.names[name]` is found: the index of the context
    /// on the stack (an object) and of its member.
    @inline(__always)
    func locate(_ program: Program, name: Int) -> (context: Int, member: Int)? {
        let head = program.heads[name]
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index],
                let member = object.index(of: head.first, text: { program.names[name].keys[0].text })
            {
                return (index, member)
            }
            index -= 1
        }
        return nil
    }

    /// Whether `program.names[name]` is truthy, looked at where it is (nothing copied).
    @inline(__always)
    func isTruthy(_ program: Program, name: Int) -> Bool {
        switch program.heads[name].parts {
        case 0:
            return stack.last.isTruthy
        case 1:
            guard let (context, member) = locate(program, name: name),
                case .object(let object) = stack[context]
            else { return false }
            return object.members[member].value.isTruthy
        default:
            return lookup(program, name: name)?.isTruthy ?? false
        }
    }

    /// The value of `program.names[name]` when it is truthy; a falsey value is looked at
    /// where it is and not copied.
    @inline(__always)
    func truthyValue(_ program: Program, name: Int) -> MustacheValue? {
        switch program.heads[name].parts {
        case 0:
            return stack.last.isTruthy ? stack.last : nil
        case 1:
            guard let (context, member) = locate(program, name: name),
                case .object(let object) = stack[context],
                object.members[member].value.isTruthy
            else { return nil }
            return object.members[member].value
        default:
            guard let value = lookup(program, name: name), value.isTruthy else { return nil }
            return value
        }
    }

    /// ``lookup(_:)`` for the name `program.names[name]`, reading only plain data on the
    /// way (the name's fingerprint) and copying only the value found.
    @inline(__always)
    func lookup(_ program: Program, name: Int) -> MustacheValue? {
        let head = program.heads[name]
        guard head.parts > 0 else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if case .object(let object) = stack[index],
                let member = object.index(of: head.first, text: { program.names[name].keys[0].text })
            {
                let value = object.members[member].value
                return head.parts == 1 ? value : value.member(at: program.names[name].keys)
            }
            index -= 1
        }
        return nil
    }
}
