#! entry = "window"
#! args = "object, int"
# Slices: `xs[i:j]` builds a slice of its bounds (`build.slice`, as BINARY_SLICE does)
# and takes the item; a constant slice (`xs[1:]` where both bounds are constants) and a
# frozenset (`in {…}` of constants) are the code's own objects, loaded by constant
# handle (`const.object #n`, no host call); a list display of constants is one
# `build.list` of the tuple's items.
def window(xs, i):
    head = xs[1:]
    part = xs[i:i + 2]
    xs[0:1] = [1, 2.5, "s"]
    return head, part, i in {2, 3, 5, 7}
# ==== expected
# f0: fn window(xs: object, i: int) -> (object, object, bool)
#   b0:  ; line 8
#     v4: object = const.object #0
#     head: object = getitem xs, v4
#     v6: int = const 2
#     v7: int = add i, v6
#     part: object = getslice xs, i, v7
#     v10: int = const 1
#     v11: float = const 2.5
#     v12: object = str "s"
#     v9: object = build.list v10, v11, v12
#     v13: object = const.object #1
#     v14: None = setitem xs, v13, v9
#     v15: object = const.object #3
#     v16: bool = in i, v15
#     return (head, part, v16)
#
# (module $pave-jit
#   (type (;0;) (func (param i32)))
#   (type (;1;) (func (param i32) (result i32)))
#   (type (;2;) (func (param i32 i32 i64 i32) (result i32)))
#   (type (;3;) (func (param i32 i32 i64 i32)))
#   (type (;4;) (func (param i32 i32 i32)))
#   (type (;5;) (func (param i32 i32 i64 i32 i64 i32 i32) (result i32)))
#   (type (;6;) (func (param i32 i32 i64 i32 i64 i32) (result i32)))
#   (type (;7;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i64 i32 i32 i64 i32 i32) (result i32)))
#   (type (;9;) (func (param i32 i64)))
#   (type (;10;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (type (;11;) (func (result i32)))
#   (type (;12;) (func (param i32) (result i64)))
#   (import "pave" "obj_drop" (func $obj_drop (;0;) (type 0)))
#   (import "pave" "obj_dup" (func $obj_dup (;1;) (type 1)))
#   (import "pave" "obj_getitem" (func $obj_getitem (;2;) (type 2)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;3;) (type 3)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;4;) (type 4)))
#   (import "pave" "obj_setitem" (func $obj_setitem (;5;) (type 5)))
#   (import "pave" "obj_getslice" (func $obj_getslice (;6;) (type 6)))
#   (import "pave" "obj_build" (func $obj_build (;7;) (type 7)))
#   (import "pave" "obj_contains" (func $obj_contains (;8;) (type 8)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (global (;6;) (mut i32) i32.const 0)
#   (global (;7;) (mut i64) i64.const 0)
#   (global (;8;) (mut i32) i32.const 0)
#   (global (;9;) (mut i64) i64.const 0)
#   (global (;10;) (mut i32) i32.const 0)
#   (global (;11;) (mut i64) i64.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (export "item" (func $item))
#   (export "item_tag" (func $item_tag))
#   (export "item_tag.0" (global 6))
#   (export "item.0" (global 7))
#   (export "item_tag.1" (global 8))
#   (export "item.1" (global 9))
#   (export "item_tag.2" (global 10))
#   (export "item.2" (global 11))
#   (func $window (;9;) (type 9) (param i32 i64)
#     (local i32 i32 i32 i64 i64 i32 i64 f64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 18
#     i32.const 2
#     local.set 19
#     i32.const 1
#     local.set 14
#     i32.const 1
#     local.set 15
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
#       return
#     end
#     global.get 2
#     i32.const 1
#     i32.eq
#     local.set 20
#     block ;; label = @1
#       i32.const 5
#       local.set 22
#       local.get 4
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 4
#         call $obj_drop
#       end
#       local.get 22
#       local.set 4
#       local.get 0
#       i32.const 4
#       local.get 4
#       i64.extend_i32_u
#       i32.const 262656
#       call $obj_getitem
#       local.tee 23
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 3
#         local.set 21
#         br 1 (;@1;)
#       end
#       local.get 23
#       local.set 24
#       local.get 2
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 2
#         call $obj_drop
#       end
#       local.get 24
#       local.set 2
#       i32.const 1
#       local.set 16
#       local.get 4
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 4
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 4
#       i64.const 2
#       local.set 5
#       local.get 1
#       local.set 25
#       local.get 5
#       local.set 26
#       local.get 25
#       local.get 26
#       i64.add
#       local.set 27
#       local.get 25
#       local.get 27
#       i64.xor
#       local.get 26
#       local.get 27
#       i64.xor
#       i64.and
#       i64.const 0
#       i64.lt_s
#       if ;; label = @2
#         i32.const 16
#         global.set 0
#         i32.const 8
#         local.set 21
#         br 1 (;@1;)
#       end
#       local.get 27
#       local.set 6
#       local.get 0
#       i32.const 1
#       local.get 1
#       i32.const 1
#       local.get 6
#       i32.const 655872
#       call $obj_getslice
#       local.tee 28
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 9
#         local.set 21
#         br 1 (;@1;)
#       end
#       local.get 28
#       local.set 29
#       local.get 3
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 3
#         call $obj_drop
#       end
#       local.get 29
#       local.set 3
#       i32.const 1
#       local.set 17
#       i64.const 1
#       local.set 8
#       f64.const 0x1.4p+1 (;=2.5;)
#       local.set 9
#       i32.const 6
#       local.set 30
#       local.get 10
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 10
#         call $obj_drop
#       end
#       local.get 30
#       local.set 10
#       i32.const 1
#       i32.const 3
#       i32.const 3
#       i32.const 1
#       local.get 8
#       i32.const 0
#       i32.const 2
#       local.get 9
#       i64.reinterpret_f64
#       i32.const 0
#       i32.const 4
#       local.get 10
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_build
#       local.tee 31
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 11
#         local.set 21
#         br 1 (;@1;)
#       end
#       local.get 31
#       local.set 32
#       local.get 7
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 7
#         call $obj_drop
#       end
#       local.get 32
#       local.set 7
#       local.get 10
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 10
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 10
#       i32.const 7
#       local.set 33
#       local.get 11
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 11
#         call $obj_drop
#       end
#       local.get 33
#       local.set 11
#       local.get 0
#       i32.const 4
#       local.get 11
#       i64.extend_i32_u
#       i32.const 4
#       local.get 7
#       i64.extend_i32_u
#       i32.const 0
#       i32.const 1114624
#       call $obj_setitem
#       i32.const 0
#       i32.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 16
#         local.set 21
#         br 1 (;@1;)
#       end
#       local.get 11
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 11
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 11
#       local.get 7
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 7
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 7
#       i32.const 8
#       local.set 34
#       local.get 12
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 12
#         call $obj_drop
#       end
#       local.get 34
#       local.set 12
#       i32.const 1
#       local.get 1
#       local.get 19
#       i32.const 0
#       local.get 19
#       i32.const 48
#       i32.gt_u
#       local.get 20
#       i32.or
#       select
#       i32.const 4
#       local.get 12
#       i64.extend_i32_u
#       i32.const 0
#       i32.const 0
#       call $obj_contains
#       local.tee 35
#       i32.const 0
#       i32.lt_s
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 20
#         local.set 21
#         br 1 (;@1;)
#       end
#       local.get 35
#       local.set 13
#       local.get 12
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 12
#         call $obj_drop
#       end
#       i32.const 0
#       local.set 12
#       i32.const 0
#       i32.const 8
#       i32.shl
#       i32.const 4
#       i32.or
#       global.set 6
#       local.get 2
#       call $obj_dup
#       i64.extend_i32_u
#       global.set 7
#       i32.const 0
#       i32.const 8
#       i32.shl
#       i32.const 4
#       i32.or
#       global.set 8
#       local.get 3
#       call $obj_dup
#       i64.extend_i32_u
#       global.set 9
#       i32.const 0
#       i32.const 8
#       i32.shl
#       i32.const 0
#       i32.or
#       global.set 10
#       local.get 13
#       i64.extend_i32_u
#       global.set 11
#       local.get 2
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 2
#         call $obj_drop
#       end
#       local.get 3
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 3
#         call $obj_drop
#       end
#       local.get 4
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 4
#         call $obj_drop
#       end
#       local.get 7
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 7
#         call $obj_drop
#       end
#       local.get 10
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 10
#         call $obj_drop
#       end
#       local.get 11
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 11
#         call $obj_drop
#       end
#       local.get 12
#       i32.const 8
#       i32.gt_u
#       if ;; label = @2
#         local.get 12
#         call $obj_drop
#       end
#       global.get 2
#       i32.const 1
#       i32.sub
#       global.set 2
#       return
#       unreachable
#     end
#     global.get 0
#     i32.const 25
#     i32.eq
#     if ;; label = @1
#       return
#     end
#     local.get 14
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 18
#       i32.const 0
#       local.get 18
#       i32.const 48
#       i32.gt_u
#       local.get 20
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 15
#     if ;; label = @1
#       i32.const 1
#       i32.const 1
#       local.get 1
#       local.get 19
#       i32.const 0
#       local.get 19
#       i32.const 48
#       i32.gt_u
#       local.get 20
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 16
#     if ;; label = @1
#       i32.const 2
#       i32.const 4
#       local.get 2
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 17
#     if ;; label = @1
#       i32.const 3
#       i32.const 4
#       local.get 3
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     i32.const 3
#     i32.eq
#     if ;; label = @1
#       i32.const 4
#       i32.const 4
#       local.get 4
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     i32.const 8
#     i32.eq
#     if ;; label = @1
#       i32.const 6
#       i32.const 1
#       local.get 5
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     i32.const 9
#     i32.eq
#     if ;; label = @1
#       i32.const 7
#       i32.const 1
#       local.get 6
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     i32.const 16
#     i32.eq
#     if ;; label = @1
#       i32.const 9
#       i32.const 4
#       local.get 7
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     i32.const 16
#     i32.eq
#     if ;; label = @1
#       i32.const 13
#       i32.const 4
#       local.get 11
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     i32.const 20
#     i32.eq
#     if ;; label = @1
#       i32.const 15
#       i32.const 4
#       local.get 12
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 21
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     return
#   )
#   (func $entry (;10;) (type 10) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $window
#     i64.const 0
#     local.set 10
#     i32.const 5
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
#   (func $status (;11;) (type 11) (result i32)
#     global.get 1
#   )
#   (func $item (;12;) (type 12) (param i32) (result i64)
#     local.get 0
#     i32.const 0
#     i32.eq
#     if ;; label = @1
#       global.get 7
#       return
#     end
#     local.get 0
#     i32.const 1
#     i32.eq
#     if ;; label = @1
#       global.get 9
#       return
#     end
#     local.get 0
#     i32.const 2
#     i32.eq
#     if ;; label = @1
#       global.get 11
#       return
#     end
#     i64.const 0
#   )
#   (func $item_tag (;13;) (type 1) (param i32) (result i32)
#     local.get 0
#     i32.const 0
#     i32.eq
#     if ;; label = @1
#       global.get 6
#       return
#     end
#     local.get 0
#     i32.const 1
#     i32.eq
#     if ;; label = @1
#       global.get 8
#       return
#     end
#     local.get 0
#     i32.const 2
#     i32.eq
#     if ;; label = @1
#       global.get 10
#       return
#     end
#     i32.const -1
#   )
# )
