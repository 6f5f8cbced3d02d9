#! entry = "total"
#! args = "object"
#! object_calls = "on"
#! require_gain = "on"
# The same requirement lets through a loop whose work is arithmetic on numbers read
# where they lie (`getitem.num`): two host calls an iteration, against the interpreter's
# boxing of every intermediate `float`.
def total(xs):
    t = 0.0
    for i in range(len(xs)):
        t += xs[i] * xs[i] + 1.5 * i
    return t
# ==== expected
# f0: fn total(xs: object) -> float
#   b0:  ; line 8
#     t: float = const 0.0
#     v4: int = len xs
#     v5, v6, v7 = range(v4)
#     jump b1
#   b1:  ; line 10
#     for s1.b2 in v5..v6 by v7 (v5), b2, b3
#   b2:  ; line 10
#     i: int = copy s1.b2
#     v10: int|float = getitem.num xs, i
#     v11: int|float = getitem.num xs, i
#     v12: int|float = mul v10, v11
#     v13: float = const 1.5
#     v14: float = mul v13, i
#     v15: float = add v12, v14
#     t: float = add t, v15
#     jump b1
#   b3:  ; line 10
#     return t
# guard len is Builtin(Len)
# guard range is Builtin(Range)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i64)))
#   (type (;3;) (func (param i32 i32 i64 i32) (result i64)))
#   (type (;4;) (func (param i32 i32 i64 i32)))
#   (type (;5;) (func (param i32 i32 i32)))
#   (type (;6;) (func (result i64)))
#   (type (;7;) (func (param i32) (result f64)))
#   (type (;8;) (func (param i64 i64) (result i64 i32)))
#   (type (;9;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_len" (func $obj_len (;2;) (type 2)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;3;) (type 0)))
#   (import "pave" "obj_getitem_num" (func $obj_getitem_num (;4;) (type 3)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;5;) (type 4)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;6;) (type 5)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;7;) (type 6)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $total (;8;) (type 7) (param i32) (result f64)
#     (local f64 i64 i64 i64 i64 i64 i64 i32 i64 i32 i64 i32 i64 f64 f64 f64 i32 i32 i32 i32 i32 i32 i64 i64 i64 i64 i64 i32 i64 i64 i32 i64 i64 i32 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64 f64)
#     i32.const 1
#     local.set 20
#     i32.const 1
#     local.set 17
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
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 21
#     block ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       local.set 1
#       i32.const 1
#       local.set 18
#       local.get 0
#       call $obj_len
#       local.tee 23
#       i64.const 0
#       i64.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 6
#         local.set 22
#         br 1 (;@1;)
#       end
#       local.get 23
#       local.set 3
#       local.get 3
#       local.set 24
#       i64.const 0
#       local.set 4
#       local.get 24
#       local.set 5
#       i64.const 1
#       local.set 6
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
#             f64.const 0x0p+0 (;=0;)
#             return
#           end
#         end
#         local.get 4
#         local.get 5
#         i64.lt_s
#         local.get 4
#         local.get 5
#         i64.gt_s
#         local.get 6
#         i64.const 0
#         i64.gt_s
#         select
#         if ;; label = @3
#           local.get 4
#           local.set 7
#           local.get 4
#           local.get 6
#           i64.add
#           local.set 25
#           local.get 25
#           local.get 5
#           local.get 4
#           local.get 25
#           i64.xor
#           local.get 6
#           local.get 25
#           i64.xor
#           i64.and
#           i64.const 0
#           i64.ge_s
#           select
#           local.set 4
#           local.get 7
#           local.set 2
#           i32.const 1
#           local.set 19
#           local.get 0
#           i32.const 1
#           local.get 2
#           i32.const 918016
#           call $obj_getitem_num
#           local.tee 26
#           local.set 27
#           i32.const 2
#           local.set 28
#           local.get 26
#           i64.const 48
#           i64.shr_u
#           i64.const 65529
#           i64.ge_u
#           if ;; label = @4
#             local.get 26
#             i64.const 48
#             i64.shr_u
#             i64.const 65529
#             i64.eq
#             if ;; label = @5
#               i32.const 1
#               local.set 28
#               local.get 26
#               i64.const 16
#               i64.shl
#               i64.const 16
#               i64.shr_s
#               local.set 27
#             else
#               local.get 26
#               i64.const -281474976710656
#               i64.eq
#               if ;; label = @6
#                 call $obj_unbox_tag
#                 local.set 28
#                 call $obj_unbox_payload
#                 local.set 27
#               else
#                 i32.const -1
#                 local.set 28
#               end
#             end
#           end
#           local.get 28
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 13
#             local.set 22
#             br 3 (;@1;)
#           end
#           local.get 28
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 18
#             global.set 0
#             i32.const 13
#             local.set 22
#             br 3 (;@1;)
#           end
#           local.get 28
#           local.set 8
#           local.get 27
#           local.set 9
#           local.get 0
#           i32.const 1
#           local.get 2
#           i32.const 1049088
#           call $obj_getitem_num
#           local.tee 29
#           local.set 30
#           i32.const 2
#           local.set 31
#           local.get 29
#           i64.const 48
#           i64.shr_u
#           i64.const 65529
#           i64.ge_u
#           if ;; label = @4
#             local.get 29
#             i64.const 48
#             i64.shr_u
#             i64.const 65529
#             i64.eq
#             if ;; label = @5
#               i32.const 1
#               local.set 31
#               local.get 29
#               i64.const 16
#               i64.shl
#               i64.const 16
#               i64.shr_s
#               local.set 30
#             else
#               local.get 29
#               i64.const -281474976710656
#               i64.eq
#               if ;; label = @6
#                 call $obj_unbox_tag
#                 local.set 31
#                 call $obj_unbox_payload
#                 local.set 30
#               else
#                 i32.const -1
#                 local.set 31
#               end
#             end
#           end
#           local.get 31
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 15
#             local.set 22
#             br 3 (;@1;)
#           end
#           local.get 31
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 18
#             global.set 0
#             i32.const 15
#             local.set 22
#             br 3 (;@1;)
#           end
#           local.get 31
#           local.set 10
#           local.get 30
#           local.set 11
#           local.get 8
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 10
#             i32.const 1
#             i32.eq
#             if ;; label = @5
#               local.get 9
#               local.set 32
#               local.get 11
#               local.set 33
#               local.get 32
#               local.get 33
#               call $mul_checked
#               local.set 34
#               local.get 34
#               if ;; label = @6
#                 i32.const 16
#                 global.set 0
#                 i32.const 16
#                 local.set 22
#                 br 5 (;@1;)
#               end
#               local.set 13
#               i32.const 1
#               local.set 12
#             else
#               local.get 9
#               f64.convert_i64_s
#               local.set 35
#               local.get 11
#               f64.reinterpret_i64
#               local.set 36
#               local.get 35
#               local.get 36
#               f64.mul
#               i64.reinterpret_f64
#               local.set 13
#               i32.const 2
#               local.set 12
#             end
#           else
#             local.get 10
#             i32.const 1
#             i32.eq
#             if ;; label = @5
#               local.get 9
#               f64.reinterpret_i64
#               local.set 37
#               local.get 11
#               f64.convert_i64_s
#               local.set 38
#               local.get 37
#               local.get 38
#               f64.mul
#               i64.reinterpret_f64
#               local.set 13
#               i32.const 2
#               local.set 12
#             else
#               local.get 9
#               f64.reinterpret_i64
#               local.set 39
#               local.get 11
#               f64.reinterpret_i64
#               local.set 40
#               local.get 39
#               local.get 40
#               f64.mul
#               i64.reinterpret_f64
#               local.set 13
#               i32.const 2
#               local.set 12
#             end
#           end
#           f64.const 0x1.8p+0 (;=1.5;)
#           local.set 14
#           local.get 14
#           local.set 41
#           local.get 2
#           f64.convert_i64_s
#           local.set 42
#           local.get 41
#           local.get 42
#           f64.mul
#           local.set 15
#           local.get 12
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 13
#             f64.convert_i64_s
#             local.set 43
#             local.get 15
#             local.set 44
#             local.get 43
#             local.get 44
#             f64.add
#             local.set 16
#           else
#             local.get 13
#             f64.reinterpret_i64
#             local.set 45
#             local.get 15
#             local.set 46
#             local.get 45
#             local.get 46
#             f64.add
#             local.set 16
#           end
#           local.get 1
#           local.set 47
#           local.get 16
#           local.set 48
#           local.get 47
#           local.get 48
#           f64.add
#           local.set 1
#           i32.const 1
#           local.set 18
#           br 1 (;@2;)
#         else
#           local.get 1
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
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 17
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 20
#       i32.const 0
#       local.get 20
#       i32.const 48
#       i32.gt_u
#       local.get 21
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 18
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 19
#     if ;; label = @1
#       i32.const 2
#       i32.const 1
#       local.get 2
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     i32.const 13
#     i32.eq
#     local.get 22
#     i32.const 15
#     i32.eq
#     i32.or
#     local.get 22
#     i32.const 16
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 5
#       i32.const 1
#       local.get 4
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     i32.const 13
#     i32.eq
#     local.get 22
#     i32.const 15
#     i32.eq
#     i32.or
#     local.get 22
#     i32.const 16
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 6
#       i32.const 1
#       local.get 5
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     i32.const 13
#     i32.eq
#     local.get 22
#     i32.const 15
#     i32.eq
#     i32.or
#     local.get 22
#     i32.const 16
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 7
#       i32.const 1
#       local.get 6
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     i32.const 15
#     i32.eq
#     local.get 22
#     i32.const 16
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 10
#       local.get 8
#       local.get 9
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     i32.const 16
#     i32.eq
#     if ;; label = @1
#       i32.const 11
#       local.get 10
#       local.get 11
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 22
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     f64.const 0x0p+0 (;=0;)
#     return
#   )
#   (func $mul_checked (;9;) (type 8) (param i64 i64) (result i64 i32)
#     (local i64)
#     local.get 0
#     i64.const 2147483648
#     i64.add
#     i64.const 4294967296
#     i64.lt_u
#     local.get 1
#     i64.const 2147483648
#     i64.add
#     i64.const 4294967296
#     i64.lt_u
#     i32.and
#     if ;; label = @1
#       local.get 0
#       local.get 1
#       i64.mul
#       i32.const 0
#       return
#     end
#     local.get 0
#     local.get 1
#     i64.mul
#     local.set 2
#     local.get 1
#     i64.eqz
#     if ;; label = @1
#       local.get 2
#       i32.const 0
#       return
#     end
#     local.get 1
#     i64.const -1
#     i64.eq
#     if ;; label = @1
#       local.get 2
#       local.get 0
#       i64.const -9223372036854775808
#       i64.eq
#       return
#     end
#     local.get 2
#     local.get 2
#     local.get 1
#     i64.div_s
#     local.get 0
#     i64.ne
#   )
#   (func $entry (;10;) (type 9) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $total
#     i64.reinterpret_f64
#     local.set 10
#     i32.const 2
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
#   (func $status (;11;) (type 0) (result i32)
#     global.get 1
#   )
# )
