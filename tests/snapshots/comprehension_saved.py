#! entry = "shift"
#! args = "object, int"
#! object_calls = "on"
# A comprehension over a name the function also uses outside it: `LOAD_FAST_AND_CLEAR p`
# leaves the outer `p` as it is (the stack names it, for a resume inside the
# comprehension), the comprehension's `p` is a variable of its own (`p.c`, with an
# "assigned" flag), released when the comprehension ends.
def shift(items, k):
    for p in items:
        p.x = p.x + k
    return [p.x for p in items]
# ==== expected
# f0: fn shift(items: object, k: int) -> object
#   b0:  ; line 8
#     v3: object = iter items
#     jump b1
#   b1:  ; line 9
#     for s1.b2 in v3, b2, b3
#   b2:  ; line 9
#     p: object = copy s1.b2
#     v6: int|float = getattr.num p, .x
#     v7: int|float = add v6, k
#     v8: None = setattr p, v7, .x
#     jump b1
#   b3:  ; line 9
#     v9: object = iter items
#     v11: object = build.list 
#     s1.b4: object = copy v11
#     jump b4
#   b4:  ; line 11
#     s1.b6: object = copy s1.b4
#     s1.b5: object = copy s1.b4
#     for s3.b5 in v9, b5, b6
#   b5:  ; line 11
#     p.c: object = copy s3.b5
#     v17: object = getattr p.c, .x
#     v18: None = collect.list s1.b5, v17
#     s1.b4: object = copy s1.b5
#     jump b4
#   b6:  ; line 11
#     unbind p.c
#     return s1.b6
#
# (module $pave-jit
#   (type (;0;) (func (result i32)))
#   (type (;1;) (func (param i32)))
#   (type (;2;) (func (param i32) (result i32)))
#   (type (;3;) (func (param i32 i32) (result i32)))
#   (type (;4;) (func (param i32 i32) (result i64)))
#   (type (;5;) (func (param i32 i32 i64 i32)))
#   (type (;6;) (func (param i32 i32 i32)))
#   (type (;7;) (func (param i32 i32 i32 i64 i32) (result i32)))
#   (type (;8;) (func (param i32 i64 i32) (result i32)))
#   (type (;9;) (func (param i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32) (result i32)))
#   (type (;10;) (func (result i64)))
#   (type (;11;) (func (param i32 i64) (result i32)))
#   (type (;12;) (func (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)))
#   (import "pave" "poll" (func $poll (;0;) (type 0)))
#   (import "pave" "obj_drop" (func $obj_drop (;1;) (type 1)))
#   (import "pave" "obj_dup" (func $obj_dup (;2;) (type 2)))
#   (import "pave" "obj_getattr" (func $obj_getattr (;3;) (type 3)))
#   (import "pave" "obj_iter" (func $obj_iter (;4;) (type 2)))
#   (import "pave" "obj_next" (func $obj_next (;5;) (type 2)))
#   (import "pave" "obj_unbox_tag" (func $obj_unbox_tag (;6;) (type 0)))
#   (import "pave" "obj_getattr_num" (func $obj_getattr_num (;7;) (type 4)))
#   (import "pave" "obj_resume_var" (func $obj_resume_var (;8;) (type 5)))
#   (import "pave" "obj_resume_at" (func $obj_resume_at (;9;) (type 6)))
#   (import "pave" "obj_setattr" (func $obj_setattr (;10;) (type 7)))
#   (import "pave" "obj_arg" (func $obj_arg (;11;) (type 8)))
#   (import "pave" "obj_build" (func $obj_build (;12;) (type 9)))
#   (import "pave" "obj_unbox_payload" (func $obj_unbox_payload (;13;) (type 10)))
#   (import "pave" "obj_collect" (func $obj_collect (;14;) (type 2)))
#   (global (;0;) (mut i32) i32.const 0)
#   (global (;1;) (mut i32) i32.const 0)
#   (global (;2;) (mut i32) i32.const 0)
#   (global (;3;) (mut i32) i32.const 0)
#   (global (;4;) (mut i32) i32.const 0)
#   (global (;5;) (mut i32) i32.const 0)
#   (export "entry" (func $entry))
#   (export "status" (func $status))
#   (export "status_global" (global 1))
#   (func $shift (;15;) (type 11) (param i32 i64) (result i32)
#     (local i32 i32 i32 i32 i64 i32 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i32 i64 i64 i64 f64 f64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
#     i32.const 1
#     local.set 21
#     i32.const 2
#     local.set 22
#     i32.const 1
#     local.set 17
#     i32.const 1
#     local.set 18
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
#     local.set 23
#     block ;; label = @1
#       local.get 0
#       call $obj_iter
#       local.tee 25
#       i32.const -1
#       i32.eq
#       if ;; label = @2
#         i32.const 26
#         global.set 0
#         i32.const 2
#         local.set 24
#         br 1 (;@1;)
#       end
#       local.get 25
#       local.set 26
#       local.get 3
#       i32.const 4
#       i32.gt_u
#       if ;; label = @2
#         local.get 3
#         call $obj_drop
#       end
#       local.get 26
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
#             i32.const 0
#             return
#           end
#         end
#         local.get 3
#         call $obj_next
#         local.tee 28
#         i32.const -1
#         i32.eq
#         if ;; label = @3
#           i32.const 26
#           global.set 0
#           i32.const 3
#           local.set 24
#           br 2 (;@1;)
#         end
#         local.get 28
#         local.tee 27
#         if ;; label = @3
#           local.get 27
#           local.set 29
#           local.get 4
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 4
#             call $obj_drop
#           end
#           local.get 29
#           local.set 4
#         end
#         local.get 27
#         i32.const 0
#         i32.ne
#         if ;; label = @3
#           local.get 4
#           local.set 30
#           local.get 2
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 2
#             call $obj_drop
#           end
#           local.get 30
#           local.set 2
#           i32.const 1
#           local.set 19
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
#           i32.const 268894208
#           call $obj_getattr_num
#           local.tee 31
#           local.set 32
#           i32.const 2
#           local.set 33
#           local.get 31
#           i64.const 48
#           i64.shr_u
#           i64.const 65529
#           i64.ge_u
#           if ;; label = @4
#             local.get 31
#             i64.const 48
#             i64.shr_u
#             i64.const 65529
#             i64.eq
#             if ;; label = @5
#               i32.const 1
#               local.set 33
#               local.get 31
#               i64.const 16
#               i64.shl
#               i64.const 16
#               i64.shr_s
#               local.set 32
#             else
#               local.get 31
#               i64.const -281474976710656
#               i64.eq
#               if ;; label = @6
#                 call $obj_unbox_tag
#                 local.set 33
#                 call $obj_unbox_payload
#                 local.set 32
#               else
#                 i32.const -1
#                 local.set 33
#               end
#             end
#           end
#           local.get 33
#           i32.const -2
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 6
#             local.set 24
#             br 3 (;@1;)
#           end
#           local.get 33
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 18
#             global.set 0
#             i32.const 6
#             local.set 24
#             br 3 (;@1;)
#           end
#           local.get 33
#           local.set 5
#           local.get 32
#           local.set 6
#           local.get 5
#           i32.const 1
#           i32.eq
#           if ;; label = @4
#             local.get 6
#             local.set 34
#             local.get 1
#             local.set 35
#             local.get 34
#             local.get 35
#             i64.add
#             local.set 36
#             local.get 34
#             local.get 36
#             i64.xor
#             local.get 35
#             local.get 36
#             i64.xor
#             i64.and
#             i64.const 0
#             i64.lt_s
#             if ;; label = @5
#               i32.const 16
#               global.set 0
#               i32.const 8
#               local.set 24
#               br 4 (;@1;)
#             end
#             local.get 36
#             local.set 8
#             i32.const 1
#             local.set 7
#           else
#             local.get 6
#             f64.reinterpret_i64
#             local.set 37
#             local.get 1
#             f64.convert_i64_s
#             local.set 38
#             local.get 37
#             local.get 38
#             f64.add
#             i64.reinterpret_f64
#             local.set 8
#             i32.const 2
#             local.set 7
#           end
#           local.get 2
#           i32.const 269156352
#           local.get 7
#           local.get 8
#           i32.const 0
#           call $obj_setattr
#           i32.const 0
#           i32.lt_s
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 10
#             local.set 24
#             br 3 (;@1;)
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
#           call $obj_iter
#           local.tee 39
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 14
#             local.set 24
#             br 3 (;@1;)
#           end
#           local.get 39
#           local.set 40
#           local.get 9
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 9
#             call $obj_drop
#           end
#           local.get 40
#           local.set 9
#           i32.const 1
#           i32.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           i32.const 3
#           i64.const 0
#           i32.const 0
#           call $obj_build
#           local.tee 41
#           i32.const -1
#           i32.eq
#           if ;; label = @4
#             i32.const 26
#             global.set 0
#             i32.const 17
#             local.set 24
#             br 3 (;@1;)
#           end
#           local.get 41
#           local.set 42
#           local.get 11
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 11
#             call $obj_drop
#           end
#           local.get 42
#           local.set 11
#           local.get 11
#           local.set 43
#           local.get 12
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 12
#             call $obj_drop
#           end
#           local.get 43
#           local.set 12
#           i32.const 0
#           local.set 11
#           local.get 11
#           i32.const 4
#           i32.gt_u
#           if ;; label = @4
#             local.get 11
#             call $obj_drop
#           end
#           i32.const 0
#           local.set 11
#           loop ;; label = @4
#             global.get 4
#             i32.const 1
#             i32.sub
#             global.set 4
#             global.get 4
#             i32.eqz
#             if ;; label = @5
#               i32.const 65536
#               global.set 4
#               call $poll
#               if ;; label = @6
#                 i32.const 25
#                 global.set 0
#                 i32.const 0
#                 return
#               end
#             end
#             local.get 12
#             call $obj_dup
#             local.set 44
#             local.get 13
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 13
#               call $obj_drop
#             end
#             local.get 44
#             local.set 13
#             local.get 12
#             call $obj_dup
#             local.set 45
#             local.get 14
#             i32.const 4
#             i32.gt_u
#             if ;; label = @5
#               local.get 14
#               call $obj_drop
#             end
#             local.get 45
#             local.set 14
#             local.get 9
#             call $obj_next
#             local.tee 47
#             i32.const -1
#             i32.eq
#             if ;; label = @5
#               i32.const 26
#               global.set 0
#               i32.const 19
#               local.set 24
#               br 4 (;@1;)
#             end
#             local.get 47
#             local.tee 46
#             if ;; label = @5
#               local.get 46
#               local.set 48
#               local.get 15
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 15
#                 call $obj_drop
#               end
#               local.get 48
#               local.set 15
#             end
#             local.get 46
#             i32.const 0
#             i32.ne
#             if ;; label = @5
#               local.get 10
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 10
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 10
#               local.get 12
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 12
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 12
#               local.get 13
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 13
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 13
#               local.get 15
#               local.set 49
#               local.get 10
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 10
#                 call $obj_drop
#               end
#               local.get 49
#               local.set 10
#               i32.const 1
#               local.set 20
#               i32.const 0
#               local.set 15
#               local.get 15
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 15
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 15
#               local.get 10
#               i32.const 269877248
#               call $obj_getattr
#               local.tee 50
#               i32.const -1
#               i32.eq
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 21
#                 local.set 24
#                 br 5 (;@1;)
#               end
#               local.get 50
#               local.set 51
#               local.get 16
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 16
#                 call $obj_drop
#               end
#               local.get 51
#               local.set 16
#               i32.const 4
#               local.get 14
#               i64.extend_i32_u
#               i32.const 0
#               call $obj_arg
#               i32.const 0
#               i32.lt_s
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 22
#                 local.set 24
#                 br 5 (;@1;)
#               end
#               i32.const 4
#               local.get 16
#               i64.extend_i32_u
#               i32.const 0
#               call $obj_arg
#               i32.const 0
#               i32.lt_s
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 22
#                 local.set 24
#                 br 5 (;@1;)
#               end
#               i32.const 1
#               call $obj_collect
#               i32.const 0
#               i32.lt_s
#               if ;; label = @6
#                 i32.const 26
#                 global.set 0
#                 i32.const 22
#                 local.set 24
#                 br 5 (;@1;)
#               end
#               local.get 16
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 16
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 16
#               local.get 14
#               local.set 52
#               local.get 12
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 12
#                 call $obj_drop
#               end
#               local.get 52
#               local.set 12
#               i32.const 0
#               local.set 14
#               local.get 14
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 14
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 14
#               br 1 (;@4;)
#             else
#               local.get 9
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 9
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 9
#               local.get 12
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 12
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 12
#               local.get 14
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 14
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 14
#               local.get 15
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 15
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 15
#               local.get 10
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 10
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 10
#               i32.const 0
#               local.set 20
#               local.get 10
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 10
#                 call $obj_drop
#               end
#               i32.const 0
#               local.set 10
#               local.get 13
#               local.set 54
#               local.get 53
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 53
#                 call $obj_drop
#               end
#               local.get 54
#               local.set 53
#               i32.const 0
#               local.set 13
#               local.get 53
#               i32.const 0
#               local.set 53
#               local.get 2
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 2
#                 call $obj_drop
#               end
#               local.get 3
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 3
#                 call $obj_drop
#               end
#               local.get 4
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 4
#                 call $obj_drop
#               end
#               local.get 9
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 9
#                 call $obj_drop
#               end
#               local.get 10
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 10
#                 call $obj_drop
#               end
#               local.get 11
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 11
#                 call $obj_drop
#               end
#               local.get 12
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 12
#                 call $obj_drop
#               end
#               local.get 13
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 13
#                 call $obj_drop
#               end
#               local.get 14
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 14
#                 call $obj_drop
#               end
#               local.get 15
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 15
#                 call $obj_drop
#               end
#               local.get 16
#               i32.const 4
#               i32.gt_u
#               if ;; label = @6
#                 local.get 16
#                 call $obj_drop
#               end
#               global.get 2
#               i32.const 1
#               i32.sub
#               global.set 2
#               return
#             end
#           end
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
#     local.get 17
#     if ;; label = @1
#       i32.const 0
#       i32.const 4
#       local.get 0
#       i64.extend_i32_u
#       local.get 21
#       i32.const 0
#       local.get 21
#       i32.const 48
#       i32.gt_u
#       local.get 23
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 18
#     if ;; label = @1
#       i32.const 1
#       i32.const 1
#       local.get 1
#       local.get 22
#       i32.const 0
#       local.get 22
#       i32.const 48
#       i32.gt_u
#       local.get 23
#       i32.or
#       select
#       call $obj_resume_var
#     end
#     local.get 19
#     if ;; label = @1
#       i32.const 2
#       i32.const 4
#       local.get 2
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 3
#     i32.eq
#     local.get 24
#     i32.const 6
#     i32.eq
#     i32.or
#     local.get 24
#     i32.const 8
#     i32.eq
#     i32.or
#     local.get 24
#     i32.const 10
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 3
#       i32.const 4
#       local.get 3
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 8
#     i32.eq
#     if ;; label = @1
#       i32.const 6
#       local.get 5
#       local.get 6
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 10
#     i32.eq
#     if ;; label = @1
#       i32.const 7
#       local.get 7
#       local.get 8
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 17
#     i32.eq
#     local.get 24
#     i32.const 19
#     i32.eq
#     i32.or
#     local.get 24
#     i32.const 21
#     i32.eq
#     i32.or
#     local.get 24
#     i32.const 22
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 9
#       i32.const 4
#       local.get 9
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 17
#     i32.eq
#     local.get 24
#     i32.const 19
#     i32.eq
#     i32.or
#     local.get 24
#     i32.const 21
#     i32.eq
#     i32.or
#     local.get 24
#     i32.const 22
#     i32.eq
#     i32.or
#     if ;; label = @1
#       local.get 20
#       if ;; label = @2
#         i32.const 10
#         i32.const 4
#         local.get 10
#         i64.extend_i32_u
#         i32.const 0
#         call $obj_resume_var
#       end
#     end
#     local.get 24
#     i32.const 19
#     i32.eq
#     if ;; label = @1
#       i32.const 12
#       i32.const 4
#       local.get 12
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 21
#     i32.eq
#     local.get 24
#     i32.const 22
#     i32.eq
#     i32.or
#     if ;; label = @1
#       i32.const 15
#       i32.const 4
#       local.get 14
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     i32.const 22
#     i32.eq
#     if ;; label = @1
#       i32.const 17
#       i32.const 4
#       local.get 16
#       i64.extend_i32_u
#       i32.const 0
#       call $obj_resume_var
#     end
#     local.get 24
#     global.get 0
#     i32.const 0
#     call $obj_resume_at
#     i32.const 6
#     global.set 0
#     i32.const 0
#     return
#   )
#   (func $entry (;16;) (type 12) (param i64 i64 i64 i64 i64 i64 i64 i64 i32 i32) (result i64)
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
#     call $shift
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
#   (func $status (;17;) (type 0) (result i32)
#     global.get 1
#   )
#   (@custom "pave-names" (after code) "x")
# )
