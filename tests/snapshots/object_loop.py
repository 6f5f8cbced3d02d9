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
#   (type (;5;) (func (param i32) (result f64)))
#   (type (;6;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_len" (func $obj_len (;2;) (type 2)))
#   (import "pave" "obj_iter" (func $obj_iter (;3;) (type 3)))
#   (import "pave" "obj_next" (func $obj_next (;4;) (type 3)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;5;) (type 0)))
#   (import "pave" "obj_getattr_num" (func $obj_getattr_num (;6;) (type 4)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "item" (func $item))
#   (export "item_tag" (func $item_tag))
#   (func $mean_x (;7;) (type 5) (param i32) (result f64)
#     (local f64 i32 i32 i32 i32 i64 i64 f64 i32 i32 i32 i32 i32 i32 i64 i32 f64 f64 f64 f64 i64 f64 f64)
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
#     f64.const 0x0p+0 (;=0;)
#     local.set 1
#     local.get 0
#     call $obj_iter
#     local.tee 9
#     i32.const -1
#     i32.eq
#     if ;; label = @1
#       i32.const 26
#       global.set 0
#       f64.const 0x0p+0 (;=0;)
#       return
#     end
#     local.get 9
#     local.set 10
#     local.get 3
#     if ;; label = @1
#       local.get 3
#       call $obj_drop
#     end
#     local.get 10
#     local.set 3
#     loop ;; label = @1
#       global.get 4
#       i32.const 1
#       i32.sub
#       global.set 4
#       global.get 4
#       i32.eqz
#       if ;; label = @2
#         i32.const 65536
#         global.set 4
#         call $poll
#         if ;; label = @3
#           i32.const 25
#           global.set 0
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#       end
#       local.get 3
#       call $obj_next
#       local.tee 12
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         f64.const 0x0p+0 (;=0;)
#         return
#       end
#       local.get 12
#       local.tee 11
#       if ;; label = @2
#         local.get 11
#         local.set 13
#         local.get 4
#         if ;; label = @3
#           local.get 4
#           call $obj_drop
#         end
#         local.get 13
#         local.set 4
#       end
#       local.get 11
#       i32.const 0
#       i32.ne
#       if ;; label = @2
#         local.get 4
#         local.set 14
#         local.get 2
#         if ;; label = @3
#           local.get 2
#           call $obj_drop
#         end
#         local.get 14
#         local.set 2
#         i32.const 0
#         local.set 4
#         local.get 2
#         i32.const 0
#         call $obj_getattr_num
#         local.set 15
#         call $obj_unbox_tag
#         local.tee 16
#         i32.const -2
#         i32.eq
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#         local.get 16
#         i32.const -1
#         i32.eq
#         if ;; label = @3
#           i32.const 18
#           global.set 0
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#         local.get 16
#         local.set 5
#         local.get 15
#         local.set 6
#         local.get 5
#         i32.const 1
#         i32.eq
#         if ;; label = @3
#           local.get 1
#           local.set 17
#           local.get 6
#           f64.convert_i64_s
#           local.set 18
#           local.get 17
#           local.get 18
#           f64.add
#           local.set 1
#         else
#           local.get 1
#           local.set 19
#           local.get 6
#           f64.reinterpret_i64
#           local.set 20
#           local.get 19
#           local.get 20
#           f64.add
#           local.set 1
#         end
#         br 1 (;@1;)
#       else
#         local.get 0
#         call $obj_len
#         local.tee 21
#         i64.const 0
#         i64.lt_s
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#         local.get 21
#         local.set 7
#         local.get 1
#         local.set 22
#         local.get 7
#         f64.convert_i64_s
#         local.set 23
#         local.get 23
#         f64.const 0x0p+0 (;=0;)
#         f64.eq
#         if ;; label = @3
#           i32.const 17
#           global.set 0
#           f64.const 0x0p+0 (;=0;)
#           return
#         end
#         local.get 22
#         local.get 23
#         f64.div
#         local.set 8
#         local.get 8
#         local.get 0
#         if ;; label = @3
#           local.get 0
#           call $obj_drop
#         end
#         local.get 2
#         if ;; label = @3
#           local.get 2
#           call $obj_drop
#         end
#         local.get 3
#         if ;; label = @3
#           local.get 3
#           call $obj_drop
#         end
#         local.get 4
#         if ;; label = @3
#           local.get 4
#           call $obj_drop
#         end
#         global.get 2
#         i32.const 1
#         i32.sub
#         global.set 2
#         return
#       end
#     end
#     unreachable
#   )
#   (func $entry (;8;) (type 6) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
#     (local i64 i32)
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
#     global.get 0
#     local.get 11
#     global.get 0
#     select
#     global.set 1
#     local.get 10
#   )
#   (func $status (;9;) (type 0) (result i32)
#     global.get 1
#   )
#   (func $item (;10;) (type 2) (param i32) (result i64)
#     i64.const 0
#   )
#   (func $item_tag (;11;) (type 3) (param i32) (result i32)
#     i32.const -1
#   )
#   (@custom "pave-names" (after code) "x")
# )
