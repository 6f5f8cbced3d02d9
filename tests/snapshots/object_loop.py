#! entry = "mean_x"
#! args = "object"
# A loop over an object: `iter` and `next` through the host, each item's attribute
# loaded as an object and unboxed where arithmetic needs a number; every handle a
# variable holds is released when the variable is overwritten and before the return.
def mean_x(points):
    t = 0.0
    for p in points:
        t += p.x
    return t / len(points)
# ==== expected
# f0: fn mean_x(points: object) -> float
#   b0:  ; line 6
#     t: float = const 0.0
#     v4: object = iter points
#     jump b1
#   b1:  ; line 8
#     for s1.b2 in v4, b2, b3
#   b2:  ; line 8
#     p: object = copy s1.b2
#     v7: int|float = getattr.num p, .x
#     t: float = add t, v7
#     jump b1
#   b3:  ; line 8
#     v9: int = len points
#     v10: float = truediv t, v9
#     return v10
# guard len is Builtin(Len)
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i64)))
#   (type (;3;) (func (param i32) (result i32)))
#   (type (;4;) (func (param i32 i32) (result i64)))
#   (type (;5;) (func (param i32 i32 i64 i32)))
#   (type (;6;) (func (param i32 i32 i32)))
#   (type (;7;) (func (result i64)))
#   (type (;8;) (func (param i32) (result f64)))
#   (type (;9;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_len" (func $obj_len (;2;) (type 2)))
#   (import "pave" "obj_iter" (func $obj_iter (;3;) (type 3)))
#   (import "pave" "obj_next" (func $obj_next (;4;) (type 3)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;5;) (type 0)))
#   (import "pave" "obj_getattr_num" (func $obj_getattr_num (;6;) (type 4)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;7;) (type 5)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;8;) (type 6)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;9;) (type 7)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $mean_x (;10;) (type 8) (param i32) (result f64)
#     (local f64 i32 i32 i32 i32 i64 i64 f64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i32 f64 f64 f64 f64 i64 f64 f64)
#     i32.const 1
#     local.set 12
#     i32.const 1
#     local.set 9
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
#     local.set 13
#     block ;; label = @1
#       f64.const 0x0p+0 (;=0;)
#       local.set 1
#       i32.const 1
#       local.set 10
#       local.get 0
#       call $obj_iter
#       local.tee 15
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 4
#         local.set 14
#         br 1 (;@1;)
#       end
#       local.get 15
#       local.set 16
#       local.get 3
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 3
#         call $obj_drop
#       end
#       local.get 16
#       local.set 3
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
#         local.get 3
#         call $obj_next
#         local.tee 18
#         i32.const -1
#         i32.eq
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           i32.const 5
#           local.set 14
#           br 2 (;@1;)
#         end
#         local.get 18
#         local.tee 17
#         if ;; label = @3
#           local.get 17
#           local.set 19
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 19
#           local.set 4
#         end
#         local.get 17
#         i32.const 0
#         i32.ne
#         if ;; label = @3
#           local.get 4
#           local.set 20
#           local.get 2
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 2
#             call $obj_drop
#           end
#           local.get 20
#           local.set 2
#           i32.const 1
#           local.set 11
#           i32.const 0
#           local.set 4
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 4
#           local.get 2
#           i32.const 0
#           call $obj_getattr_num
#           local.tee 21
#           local.set 22
#           i32.const 2
#           local.set 23
#           local.get 21
#           i64.const 48
#           i64.shr_u
#           i64.const 65529
#           i64.ge_u
#           if ;; label = @4
#             local.get 21
#             i64.const 48
#             i64.shr_u
#             i64.const 65529
#             i64.eq
#             if ;; label = @5
#               i32.const 1
#               local.set 23
#               local.get 21
#               i64.const 16
#               i64.shl
#               i64.const 16
#               i64.shr_s
#               local.set 22
#             else
#               local.get 21
#               i64.const -281474976710656
#               i64.eq
#               if ;; label = @6
#                 call $obj_unbox_tag
#                 local.set 23
#                 call $obj_unbox_payload
#                 local.set 22
#               else
#                 i32.const -1
#                 local.set 23
#               end
#             end
#           end
#           local.get 23
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 8
#             local.set 14
#             br 3 (;@1;)
#           end
#           local.get 23
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 18
#             global.set 0
#             i32.const 8
#             local.set 14
#             br 3 (;@1;)
#           end
#           local.get 23
#           local.set 5
#           local.get 22
#           local.set 6
#           local.get 5
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 1
#             local.set 24
#             local.get 6
#             f64.convert_i64_s
#             local.set 25
#             local.get 24
#             local.get 25
#             f64.add
#             local.set 1
#             i32.const 1
#             local.set 10
#           else
#             local.get 1
#             local.set 26
#             local.get 6
#             f64.reinterpret_i64
#             local.set 27
#             local.get 26
#             local.get 27
#             f64.add
#             local.set 1
#             i32.const 1
#             local.set 10
#           end
#           br 1 (;@2;)
#         else
#           local.get 3
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 3
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 3
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 4
#           local.get 0
#           call $obj_len
#           local.tee 28
#           i64.const 0
#           i64.lt_s
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 16
#             local.set 14
#             br 3 (;@1;)
#           end
#           local.get 28
#           local.set 7
#           local.get 1
#           local.set 29
#           local.get 7
#           f64.convert_i64_s
#           local.set 30
#           local.get 30
#           f64.const 0x0p+0 (;=0;)
#           f64.eq
#           if ;; label = @4
#             i32.const 17
#             global.set 0
#             i32.const 17
#             local.set 14
#             br 3 (;@1;)
#           end
#           local.get 29
#           local.get 30
#           f64.div
#           local.set 8
#           local.get 8
#           local.get 2
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 2
#             call $obj_drop
#           end
#           local.get 3
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 3
#             call $obj_drop
#           end
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
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
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 9
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 12
#       i32.const 0
#       local.get 12
#       i32.const 48
#       i32.gt_u
#       local.get 13
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 10
#     if ;; label = @1
#       i32.const 1
#       i32.const 2
#       local.get 1
#       i64.reinterpret_f64
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 11
#     if ;; label = @1
#       i32.const 2
#       i32.const 4
#       local.get 2
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 14
#     i32.const 5
#     i32.eq
#     local.get 14
#     i32.const 8
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 4
#       i32.const 4
#       local.get 3
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 14
#     i32.const 17
#     i32.eq
#     if ;; label = @1
#       i32.const 9
#       i32.const 1
#       local.get 7
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 14
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     f64.const 0x0p+0 (;=0;)
#     return
#   )
#   (func $entry (;11;) (type 9) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $mean_x
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
#   (func $status (;12;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "x")
# )
