#! entry = "drive"
#! args = "object, int"
#! object_calls = "on"
# A method call through the host, in one host call: `callmethod` finds `step` on the
# class (a method: `p` goes first; a property would run there, the frame at the
# `LOAD_ATTR`, whose point its name argument carries) and calls it, with the arguments
# inline. Where it made no call, the interpreter goes on from the `LOAD_ATTR`'s resume
# point; where the call raised, from the `CALL`'s, raising there. A store to an
# attribute follows, so every point is kept.
def drive(p, n):
    for i in range(n):
        p.step(0.5, i)
    p.done = True
    return p.count
# ==== expected
# f0: fn drive(p: object, n: int) -> object
#   b0:  ; line 10
#     v3, v4, v5 = range(n)
#     jump b1
#   b1:  ; line 11
#     for s1.b2 in v3..v4 by v5 (v3), b2, b3
#   b2:  ; line 11
#     i: int = copy s1.b2
#     v8: float = const 0.5
#     v9: object = call .step() p, v8, i (else from point 8)
#     jump b1
#   b3:  ; line 11
#     v10: bool = const True
#     v11: None = setattr p, v10, .done
#     v12: object = getattr p, .count
#     return v12
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32 i32) (result i32)))
#   (type (;3;) (func (param i32 i32 i64 i32)))
#   (type (;4;) (func (param i32 i32 i32)))
#   (type (;5;) (func (param i32 i32 i32 i64 i32) (result i32)))
#   (type (;6;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;7;) (func (param i32 i64) (result i32)))
#   (type (;8;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_getattr" (func $obj_getattr (;2;) (type 2)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;3;) (type 3)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;4;) (type 4)))
#   (import "pave" "obj_setattr" (func $obj_setattr (;5;) (type 5)))
#   (import "pave" "obj_callmethod" (func $obj_callmethod (;6;) (type 6)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $drive (;7;) (type 7) (param i32 i64) (result i32)
#     (local i64 i64 i64 i64 i64 f64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i32 i32 i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 14
#     i32.const 2
#     local.set 15
#     i32.const 1
#     local.set 11
#     i32.const 1
#     local.set 12
#     global.get 2
#     i32.const 1
#     i32.add
#     global.set 2
#     global.get 2
#     global.get 3
#     i32.gt_s
#     if ;; label = @1
#       i32.const 22
#       global.set 0
#       i32.const 0
#       return
#     end
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 16
#     block ;; label = @1
#       local.get 1
#       local.set 18
#       i64.const 0
#       local.set 3
#       local.get 18
#       local.set 4
#       i64.const 1
#       local.set 5
#       loop ;; label = @2
#         global.get 4
#         i32.const 1
#         i32.sub
#         global.set 4
#         global.get 4
#         i32.eqz
#         if ;; label = @3
#           i32.const 65536
#           global.set 4
#           call $poll
#           if ;; label = @4
#             i32.const 25
#             global.set 0
#             i32.const 0
#             return
#           end
#         end
#         local.get 3
#         local.get 4
#         i64.lt_s
#         local.get 3
#         local.get 4
#         i64.gt_s
#         local.get 5
#         i64.const 0
#         i64.gt_s
#         select
#         if ;; label = @3
#           local.get 3
#           local.set 6
#           local.get 3
#           local.get 5
#           i64.add
#           local.set 19
#           local.get 19
#           local.get 4
#           local.get 3
#           local.get 19
#           i64.xor
#           local.get 5
#           local.get 19
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.ge_s
#           select
#           local.set 3
#           local.get 6
#           local.set 2
#           i32.const 1
#           local.set 13
#           f64.const 0x1p-1 (;=0.5;)
#           local.set 7
#           i32.const 269025280
#           i32.const 9
#           i32.const 3
#           i32.const 4
#           local.get 0
#           i64.extend_i32_u
#           local.get 14
#           i32.const 0
#           local.get 14
#           i32.const 48
#           i32.gt_u
#           local.get 16
#           i32.or
#           select
#           i32.const 2
#           local.get 7
#           i64.reinterpret_f64
#           i32.const 0
#           i32.const 1
#           local.get 2
#           i32.const 0
#           call $obj_callmethod
#           local.tee 20
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 8
#             local.set 17
#             br 3 (;@1;)
#           end
#           local.get 20
#           local.tee 21
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 9
#             local.set 17
#             br 3 (;@1;)
#           end
#           local.get 21
#           local.set 22
#           local.get 8
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 8
#             call $obj_drop
#           end
#           local.get 22
#           local.set 8
#           local.get 8
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 8
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 8
#           br 1 (;@2;)
#         else
#           i32.const 1
#           local.set 9
#           local.get 0
#           i32.const 269484033
#           i32.const 0
#           local.get 9
#           i64.extend_i32_u
#           i32.const 0
#           call $obj_setattr
#           i32.const 0
#           i32.lt_s
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 15
#             local.set 17
#             br 3 (;@1;)
#           end
#           local.get 0
#           i32.const 269615106
#           call $obj_getattr
#           local.tee 23
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 17
#             local.set 17
#             br 3 (;@1;)
#           end
#           local.get 23
#           local.set 24
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           local.get 24
#           local.set 10
#           local.get 10
#           local.set 26
#           local.get 25
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 25
#             call $obj_drop
#           end
#           local.get 26
#           local.set 25
#           i32.const 0
#           local.set 10
#           local.get 25
#           i32.const 0
#           local.set 25
#           local.get 8
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 8
#             call $obj_drop
#           end
#           local.get 10
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 10
#             call $obj_drop
#           end
#           global.get 2
#           i32.const 1
#           i32.sub
#           global.set 2
#           return
#         end
#       end
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       i32.const 0
#       return
#     end
#     local.get 11
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 14
#       i32.const 0
#       local.get 14
#       i32.const 48
#       i32.gt_u
#       local.get 16
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 12
#     if ;; label = @1
#       i32.const 1
#       i32.const 1
#       local.get 1
#       local.get 15
#       i32.const 0
#       local.get 15
#       i32.const 48
#       i32.gt_u
#       local.get 16
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 13
#     if ;; label = @1
#       i32.const 2
#       i32.const 1
#       local.get 2
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     i32.const 8
#     i32.eq
#     local.get 17
#     i32.const 9
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 3
#       i32.const 1
#       local.get 3
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     i32.const 8
#     i32.eq
#     local.get 17
#     i32.const 9
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 4
#       i32.const 1
#       local.get 4
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     i32.const 8
#     i32.eq
#     local.get 17
#     i32.const 9
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 5
#       i32.const 1
#       local.get 5
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     i32.const 9
#     i32.eq
#     if ;; label = @1
#       i32.const 8
#       i32.const 2
#       local.get 7
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     i32.const 15
#     i32.eq
#     if ;; label = @1
#       i32.const 10
#       i32.const 0
#       local.get 9
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $entry (;8;) (type 8) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32 i32 i32 i32 i32 i32 i32)
#     global.get 0
#     local.set 12
#     global.get 2
#     local.set 13
#     global.get 3
#     local.set 14
#     global.get 4
#     local.set 15
#     global.get 5
#     local.set 16
#     i32.const 0
#     global.set 0
#     i32.const 0
#     global.set 2
#     local.get 9
#     global.set 3
#     i32.const 65536
#     global.set 4
#     local.get 0
#     i32.wrap_i64
#     local.get 1
#     call $drive
#     i64.extend_i32_u
#     local.set 10
#     i32.const 4
#     local.set 11
#     local.get 0
#     i32.wrap_i64
#     local.tee 17
#     i32.const 4
#     i32.gt_u
#     if ;; label = @1
#       local.get 17
#       call $obj_drop
#     end
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 12
#     global.set 0
#     local.get 13
#     global.set 2
#     local.get 14
#     global.set 3
#     local.get 15
#     global.set 4
#     local.get 16
#     global.set 5
#     local.get 10
#   )
#   (func $status (;9;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "step\0adone\0acount")
# )
